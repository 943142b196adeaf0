using ContentCheck.Baseline;
using ContentCheck.Diagnostics;

namespace ContentCheck.Cli.Checking;

/// <summary><c>--baseline FILE</c> and <c>--update-baseline FILE</c>: the build's <c>ContentCheckBaseline</c> from the
/// command line. Paths are relative to the current folder, as every path a user types.</summary>
internal static class Baselines
{
    /// <summary>Writes the baseline at <paramref name="updatePath"/> when asked (then applies the file just written, so
    /// the run reports what the next run will), applies the one at <paramref name="baselinePath"/>, or returns null when
    /// neither is given. <paramref name="diagnostics"/> is the whole run (fingerprints count occurrences within it),
    /// before any filtering.</summary>
    public static BaselineResult? Apply(string? baselinePath, string? updatePath, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (updatePath is not null)
        {
            if (baselinePath is not null && !SamePath(baselinePath, updatePath))
            {
                throw new CommandLineException($"--baseline '{baselinePath}' and --update-baseline '{updatePath}' name different files; give one of them (--update-baseline FILE rewrites FILE and applies it).");
            }
            try
            {
                BaselineFile.Write(updatePath, diagnostics);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CommandLineException($"The baseline '{updatePath}' could not be written: {ex.Message}");
            }
            baselinePath = updatePath;
        }
        if (baselinePath is null)
        {
            return null;
        }

        BaselineFile file;
        try
        {
            file = BaselineFile.Read(baselinePath);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CommandLineException($"The baseline '{baselinePath}' does not exist. Record the current findings in it with 'contentcheck check --update-baseline {baselinePath}'.");
        }
        catch (InvalidDataException ex)
        {
            throw new CommandLineException($"{ex.Message} (or: contentcheck check --update-baseline {baselinePath})");
        }
        return file.Apply(diagnostics);
    }

    /// <summary>The lines that name the baseline entries nothing matches any more, for the user to drop.</summary>
    public static IEnumerable<string> RemovableLines(string baselinePath, BaselineResult result) =>
        result.Removable.Select(e =>
            $"{baselinePath}: removable baseline entry: {e.RuleId} in {e.Path} (\"{e.Message}\") is no longer found; drop it with 'contentcheck check --update-baseline {baselinePath}'");

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
