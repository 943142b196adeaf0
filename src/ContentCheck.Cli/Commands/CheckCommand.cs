using System.CommandLine;
using ContentCheck.Analysis;
using ContentCheck.Build;
using ContentCheck.Cli.Checking;
using ContentCheck.Cli.Reporting;
using ContentCheck.Diagnostics;

namespace ContentCheck.Cli.Commands;

/// <summary><c>contentcheck check [DIR] [--format text|json] [--changed-since REF] [--now ISO]</c>.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var directory = new Argument<string>("DIR")
        {
            Description = "The content repo (the folder with site.yml and articles/); default: the current folder.",
            DefaultValueFactory = _ => ".",
        };
        var format = new Option<ReportFormat>("--format")
        {
            Description = "text: the build's diagnostic lines and a summary; json: an array of diagnostics.",
            DefaultValueFactory = _ => ReportFormat.Text,
        };
        var changedSince = new Option<string?>("--changed-since")
        {
            Description = "Report only files changed since this git ref (committed, staged, unstaged or new). Corpus rules still see every article.",
            HelpName = "GIT-REF",
        };
        var now = ClockOption.Create();

        var command = new Command("check", "Validate every article, as 'dotnet build' does, and print the diagnostics.")
        {
            directory, format, changedSince, now,
        };
        command.SetAction(parse => Run(console, parse.GetValue(directory)!, parse.GetValue(format), parse.GetValue(changedSince), ClockOption.Read(parse.GetValue(now))));
        return command;
    }

    private static int Run(CliConsole console, string directory, ReportFormat format, string? changedSince, DateTimeOffset now)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var folder = ContentFolder.Open(directory);
        var changed = changedSince is null ? null : GitChanges.Since(folder.Root, changedSince);
        var articles = folder.ArticlePaths();
        var result = console.WithStatus($"Checking {articles.Count} articles", () => folder.Analyze(now, articles));

        // Every article is analyzed (corpus rules compare them all); only the changed files are reported.
        IReadOnlyList<Diagnostic> diagnostics = changed is null
            ? result.Diagnostics
            : result.Diagnostics.Where(d => changed.Contains(d.Location.Path)).ToList();
        var articleCount = changed is null ? result.Articles.Count : result.Articles.Count(a => changed.Contains(a.Path));
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

        if (format == ReportFormat.Json)
        {
            JsonReport.Write(console.Out, diagnostics);
        }
        else
        {
            TextReport.Write(console.Out, diagnostics, DisplayPaths.Create(folder.Root, Environment.CurrentDirectory));
            console.Out.WriteLine(Summary.Format(articleCount, errors, warnings, stopwatch.Elapsed));
        }
        return errors > 0 ? ExitCodes.Errors : ExitCodes.Clean;
    }
}
