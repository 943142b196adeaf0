using ContentCheck.Diagnostics;

namespace ContentCheck.Cli.Reporting;

/// <summary>The canonical <c>file(line,col,endLine,endCol): error CC2001: message</c> lines, the same as the
/// build's, so editors and CI problem matchers read the tool's output the way they read MSBuild's.</summary>
internal static class TextReport
{
    public static void Write(TextWriter output, IEnumerable<Diagnostic> diagnostics, Func<string, string> displayPath)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Hidden)
            {
                continue;
            }
            // LinePositionSpan prints one-based "line,col,endLine,endCol".
            output.WriteLine($"{displayPath(diagnostic.Location.Path)}({diagnostic.Location.LineSpan}): {SeverityText(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.GetMessage()}");
        }
    }

    /// <summary>The word MSBuild prints for a severity (suggestions print as <c>info</c>, as in Roslyn's command line).</summary>
    public static string SeverityText(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
