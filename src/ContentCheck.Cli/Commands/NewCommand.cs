using System.CommandLine;
using ContentCheck.Build;
using ContentCheck.Cli.Authoring;
using ContentCheck.Cli.Checking;
using ContentCheck.Cli.Reporting;
using ContentCheck.Metadata;
using ContentCheck.Project;
using ContentCheck.Text;

namespace ContentCheck.Cli.Commands;

/// <summary><c>contentcheck new article --source xinhua --title "..." [--author NAME]... [--published DATE]</c>.</summary>
internal static class NewCommand
{
    public static Command Create(CliConsole console)
    {
        var source = new Option<string>("--source") { Description = "The source id, from sources.yml (e.g. xinhua).", Required = true };
        var title = new Option<string>("--title") { Description = "The headline; the file name is its slug.", Required = true };
        var authors = new Option<string[]>("--author")
        {
            Description = "A byline name; repeat for several. Required unless the source is unsigned: true.",
            HelpName = "NAME",
        };
        var published = new Option<string?>("--published")
        {
            Description = "ISO 8601 date or date-time (2008-03-18, 2008-03-18T21:15:00+00:00); default: today (UTC).",
            HelpName = "DATE",
        };
        var root = new Option<string>("--root")
        {
            Description = "The content repo; default: the current folder.",
            DefaultValueFactory = _ => ".",
            HelpName = "DIR",
        };

        var article = new Command("article", "Write a new article at its dated path, with a slug from the title, as a draft.")
        {
            source, title, authors, published, root,
        };
        article.SetAction(parse => Run(console, parse.GetValue(root)!, parse.GetValue(source)!, parse.GetValue(title)!,
            parse.GetValue(authors) ?? Array.Empty<string>(), parse.GetValue(published)));
        return new Command("new", "Create content from a template.") { article };
    }

    private static int Run(CliConsole console, string directory, string source, string title, string[] authors, string? publishedText)
    {
        var folder = ContentFolder.Open(directory);
        var project = ContentProjectLoader.Load(folder.Root);
        CheckSource(project, source, authors);

        var published = ParsePublished(publishedText);
        var slug = Slug.From(title);
        if (slug.Length == 0)
        {
            throw new CommandLineException($"The title '{title}' has no letter or digit to make a file name from; give a title in words, e.g. --title \"Talks end without agreement\".");
        }

        var scaffold = ArticleScaffold.Create(title.Trim(), source, authors, published, slug);
        var fullPath = folder.FullPath(scaffold.RelativePath);
        if (File.Exists(fullPath))
        {
            throw new CommandLineException($"{scaffold.RelativePath} already exists; it was not overwritten. Choose another title, or edit that article.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        using (var stream = new FileStream(fullPath, FileMode.CreateNew))
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
        {
            writer.Write(scaffold.Text);
        }

        var display = DisplayPaths.Create(folder.Root, Environment.CurrentDirectory);
        console.Out.WriteLine($"Created {display(scaffold.RelativePath)}");

        // Prove the scaffold valid with the same rules as the build (corpus rules included, e.g. a duplicate slug).
        var result = folder.Analyze(DateTimeOffset.UtcNow);
        var own = result.Diagnostics.Where(d => d.Location.Path == scaffold.RelativePath).ToList();
        TextReport.Write(console.Out, own, display);
        return own.Any(d => d.Severity == Diagnostics.DiagnosticSeverity.Error) ? ExitCodes.Errors : ExitCodes.Clean;
    }

    private static void CheckSource(ContentProject project, string source, string[] authors)
    {
        if (project.Sources is not { } sources)
        {
            return; // No sources.yml: source ids are free text.
        }
        if (sources.Find(source) is not { } entry)
        {
            var nearest = StringSimilarity.Nearest(source, sources.Ids);
            throw new CommandLineException($"'{source}' is not a source in sources.yml.{(nearest is null ? string.Empty : $" Did you mean '{nearest}'?")} Known sources: {string.Join(", ", sources.Ids)}.");
        }
        if (authors.Length == 0 && !entry.GetBoolean("unsigned"))
        {
            throw new CommandLineException($"Articles from '{source}' need a byline: add --author \"Name\" (repeat it for several authors).");
        }
    }

    private static ArticleDate ParsePublished(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ArticleDate(DateTime.UtcNow.Date, null, false);
        }
        return ArticleDate.TryParse(text, out var date)
            ? date
            : throw new CommandLineException($"--published '{text}' is not an ISO 8601 date; use one of: {ArticleDate.AcceptedForms}.");
    }
}
