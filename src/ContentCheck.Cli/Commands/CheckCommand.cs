using System.CommandLine;
using ContentCheck.Build;
using ContentCheck.Cli.Checking;
using ContentCheck.Cli.Reporting;
using ContentCheck.Diagnostics;
using ContentCheck.Reporting;

namespace ContentCheck.Cli.Commands;

/// <summary><c>contentcheck check [DIR] [--format text|json|sarif] [--output FILE] [--changed-since REF]
/// [--baseline FILE] [--update-baseline FILE] [--now ISO]</c>.</summary>
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
            Description = "text: the build's diagnostic lines and a summary; json: an array of diagnostics; sarif: a SARIF 2.1.0 log (suppressed and baselined findings included and marked).",
            DefaultValueFactory = _ => ReportFormat.Text,
        };
        var output = new Option<string?>("--output")
        {
            Description = "Write the report to FILE (atomically) and print the build's lines and summary on the terminal, as 'dotnet build' with ContentCheckErrorLog does.",
            HelpName = "FILE",
        };
        var changedSince = new Option<string?>("--changed-since")
        {
            Description = "Report only files changed since this git ref (committed, staged, unstaged or new). Corpus rules still see every article.",
            HelpName = "GIT-REF",
        };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "A baseline of known findings: they are reported as info, and only new findings fail the run.",
            HelpName = "FILE",
        };
        var updateBaseline = new Option<string?>("--update-baseline")
        {
            Description = "Record every current warning and error in FILE (the adoption step of a large corpus), then apply it.",
            HelpName = "FILE",
        };
        var now = ClockOption.Create();

        var command = new Command("check", "Validate every article, as 'dotnet build' does, and print the diagnostics.")
        {
            directory, format, output, changedSince, baseline, updateBaseline, now,
        };
        command.SetAction(parse => Run(console, new Request(
            parse.GetValue(directory)!, parse.GetValue(format), parse.GetValue(output), parse.GetValue(changedSince),
            parse.GetValue(baseline), parse.GetValue(updateBaseline), ClockOption.Read(parse.GetValue(now)))));
        return command;
    }

    private sealed record Request(string Directory, ReportFormat Format, string? Output, string? ChangedSince,
        string? Baseline, string? UpdateBaseline, DateTimeOffset Now);

    private static int Run(CliConsole console, Request request)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var folder = ContentFolder.Open(request.Directory);
        var changed = request.ChangedSince is null ? null : GitChanges.Since(folder.Root, request.ChangedSince);
        var articles = folder.ArticlePaths();
        var result = console.WithStatus($"Checking {articles.Count} articles", () => folder.Analyze(request.Now, articles));

        // The baseline sees the whole run (its fingerprints count occurrences in it), before any filtering.
        var baselined = Baselines.Apply(request.Baseline, request.UpdateBaseline, result.Diagnostics);
        var all = baselined?.Diagnostics ?? result.Diagnostics;

        // Every article is analyzed (corpus rules compare them all); only the changed files are reported.
        IReadOnlyList<Diagnostic> inScope = changed is null ? all : all.Where(d => changed.Contains(d.Location.Path)).ToList();
        // Suppressed findings are kept for SARIF (marked, as the compiler's ErrorLog keeps them) and shown nowhere else.
        var shown = inScope.Where(d => !d.IsSuppressed).ToList();
        var articleCount = changed is null ? result.Articles.Count : result.Articles.Count(a => changed.Contains(a.Path));
        var errors = shown.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = shown.Count(d => d.Severity == DiagnosticSeverity.Warning);

        var displayPath = DisplayPaths.Create(folder.Root, Environment.CurrentDirectory);
        var report = request.Format switch
        {
            ReportFormat.Json => Render(w => JsonReport.Write(w, shown)),
            ReportFormat.Sarif => Render(w => SarifWriter.Write(w, ToolVersion.Current, folder.Runner.Descriptors, inScope, folder.Root, baselined is not null)),
            _ => null,
        };

        // The terminal gets the build's lines unless a machine format takes standard output.
        var linesOnTerminal = report is null || request.Output is not null;
        if (request.Output is not null)
        {
            ReportFile.Write(request.Output, report ?? Render(w => TextReport.Write(w, shown, displayPath)));
        }
        else if (report is not null)
        {
            console.Out.Write(report);
        }

        var notes = linesOnTerminal ? console.Out : console.Error;
        if (linesOnTerminal)
        {
            TextReport.Write(console.Out, shown, displayPath);
        }
        if (baselined is not null)
        {
            var baselinePath = request.UpdateBaseline ?? request.Baseline!;
            if (request.UpdateBaseline is not null)
            {
                notes.WriteLine($"Wrote {baselinePath}: {baselined.BaselinedCount} known {(baselined.BaselinedCount == 1 ? "finding" : "findings")}, reported as info from now on.");
            }
            foreach (var line in Baselines.RemovableLines(baselinePath, baselined))
            {
                notes.WriteLine(line);
            }
        }
        if (linesOnTerminal)
        {
            console.Out.WriteLine(Summary.Format(articleCount, errors, warnings, stopwatch.Elapsed));
        }
        return errors > 0 ? ExitCodes.Errors : ExitCodes.Clean;
    }

    private static string Render(Action<TextWriter> write)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        write(writer);
        return writer.ToString();
    }
}
