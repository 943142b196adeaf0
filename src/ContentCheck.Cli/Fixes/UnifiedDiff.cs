using DiffPlex.Renderer;

namespace ContentCheck.Cli.Fixes;

/// <summary>A fix as a git-style unified diff (<c>a/</c> and <c>b/</c> prefixes, rename headers for a move), so
/// <c>contentcheck fix --dry-run &gt; fixes.patch</c> can be reviewed and applied with <c>git apply</c>.</summary>
internal static class UnifiedDiff
{
    public static string Render(FileFix fix)
    {
        var header = $"diff --git a/{fix.Path} b/{fix.NewPath}\n";
        if (fix.Moves)
        {
            header += $"rename from {fix.Path}\nrename to {fix.NewPath}\n";
        }
        if (string.Equals(fix.OldText, fix.NewText, StringComparison.Ordinal))
        {
            return header;
        }
        // A final newline is the end of the last line, not an empty line after it (DiffPlex would show one).
        var hunks = new UnidiffRenderer(contextLines: 3).Generate(WithoutFinalNewline(fix.OldText), WithoutFinalNewline(fix.NewText),
            "a/" + fix.Path, "b/" + fix.NewPath, false, false);
        return header + hunks.Replace("\r\n", "\n");
    }

    private static string WithoutFinalNewline(string text) => text.EndsWith('\n') ? text.Substring(0, text.Length - 1) : text;
}
