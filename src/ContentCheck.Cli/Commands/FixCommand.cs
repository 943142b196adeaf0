using System.CommandLine;
using System.Globalization;
using ContentCheck.Cli.Checking;
using ContentCheck.Cli.Fixes;

namespace ContentCheck.Cli.Commands;

/// <summary><c>contentcheck fix [DIR] [--dry-run]</c>: applies the fixes that cannot change what an article says.</summary>
internal static class FixCommand
{
    public static Command Create(CliConsole console)
    {
        var directory = new Argument<string>("DIR")
        {
            Description = "The content repo; default: the current folder.",
            DefaultValueFactory = _ => ".",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the fixes as a unified diff; change nothing." };
        var command = new Command("fix", "Apply safe fixes: mojibake to the characters meant, unambiguous dates to ISO 8601, files to the folder of their published date.")
        {
            directory, dryRun,
        };
        command.SetAction(parse => Run(console, parse.GetValue(directory)!, parse.GetValue(dryRun)));
        return command;
    }

    private static int Run(CliConsole console, string directory, bool dryRun)
    {
        var folder = ContentFolder.Open(directory);
        var fixes = console.WithStatus("Looking for safe fixes", () => FindFixes(folder));

        foreach (var fix in fixes)
        {
            if (dryRun)
            {
                console.Out.Write(UnifiedDiff.Render(fix));
            }
            else
            {
                Apply(folder, fix);
                console.Out.WriteLine($"{fix.Path}: {string.Join("; ", fix.Changes)}");
            }
        }
        console.Out.WriteLine(string.Format(CultureInfo.InvariantCulture, "ContentCheck fix: {0} {1} {2}{3}.",
            fixes.Count, fixes.Count == 1 ? "article" : "articles", dryRun ? "would change" : "changed",
            dryRun && fixes.Count > 0 ? " (run without --dry-run to apply)" : string.Empty));
        return ExitCodes.Clean;
    }

    private static List<FileFix> FindFixes(ContentFolder folder)
    {
        var paths = folder.ArticlePaths();
        var taken = new HashSet<string>(paths, StringComparer.Ordinal);
        var fixes = new List<FileFix>();
        foreach (var path in paths)
        {
            // A move never lands on an existing article, nor on the target of an earlier move.
            if (ArticleFixer.Fix(folder.FullPath(path), path, taken.Contains) is { } fix)
            {
                taken.Add(fix.NewPath);
                fixes.Add(fix);
            }
        }
        return fixes;
    }

    private static void Apply(ContentFolder folder, FileFix fix)
    {
        var source = folder.FullPath(fix.Path);
        var target = folder.FullPath(fix.NewPath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Write beside the target, then move over it: an interrupted fix never leaves half an article.
        var temporary = target + ".contentcheck-fix.tmp";
        File.WriteAllText(temporary, fix.NewText, new System.Text.UTF8Encoding(fix.HadByteOrderMark));
        File.Move(temporary, target, overwrite: true);
        if (fix.Moves)
        {
            File.Delete(source);
            RemoveEmptyFolders(folder, Path.GetDirectoryName(source)!);
        }
    }

    // The dated folders a move emptied (never articles/ itself).
    private static void RemoveEmptyFolders(ContentFolder folder, string directory)
    {
        var articles = Path.GetFullPath(folder.FullPath("articles"));
        var current = new DirectoryInfo(directory);
        while (current is not null && current.FullName.Length > articles.Length
               && current.FullName.StartsWith(articles, StringComparison.Ordinal) && !current.EnumerateFileSystemInfos().Any())
        {
            current.Delete();
            current = current.Parent;
        }
    }
}
