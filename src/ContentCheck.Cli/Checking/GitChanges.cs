using System.Diagnostics;

namespace ContentCheck.Cli.Checking;

/// <summary>The files of a content repo that differ from a git ref: committed, staged and unstaged changes
/// (<c>git diff REF</c>) and new untracked files, as paths relative to the content root.</summary>
internal static class GitChanges
{
    public static IReadOnlySet<string> Since(string contentRoot, string gitRef)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        // --relative: names relative to the content root even when it is a subfolder of the repository.
        changed.UnionWith(Git(contentRoot, "diff", "--name-only", "--relative", "--no-color", gitRef, "--"));
        changed.UnionWith(Git(contentRoot, "ls-files", "--others", "--exclude-standard"));
        return changed;
    }

    private static IEnumerable<string> Git(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Paths exactly as stored (no octal quoting of non-ASCII names).
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotepath=false");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new CommandLineException("--changed-since needs git on the PATH; install git or check every article without --changed-since.");
        }
        using (process)
        {
            var errorTask = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new CommandLineException($"git {string.Join(' ', arguments)} failed: {errorTask.Result.Trim()} (--changed-since takes a commit, branch or tag of the repository that holds the content, e.g. --changed-since origin/main).");
            }
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
    }
}
