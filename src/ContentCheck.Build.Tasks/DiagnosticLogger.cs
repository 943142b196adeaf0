using ContentCheck.Caching;
using ContentCheck.Diagnostics;
using Microsoft.Build.Utilities;

namespace ContentCheck.Build;

/// <summary>
/// Logs engine diagnostics through MSBuild with code, file, start and end position and help link, so the console
/// shows the canonical <c>file(line,col,endLine,endCol): error CC2001: message</c> form and MSBuild's own switches
/// (<c>NoWarn</c>, <c>WarningsAsErrors</c>, <c>-warnaserror</c>) act on the codes natively.
/// </summary>
internal sealed class DiagnosticLogger
{
    // No subcategory: MSBuild would print it before the severity ("ContentCheck error CC2001"), unlike Roslyn.
    private const string? Subcategory = null;
    private readonly TaskLoggingHelper _log;
    private readonly Func<string, string> _displayPath;

    /// <param name="log">The task's logging helper.</param>
    /// <param name="displayPath">Maps an engine path (relative to the content root) to the path the user sees.</param>
    public DiagnosticLogger(TaskLoggingHelper log, Func<string, string> displayPath)
    {
        _log = log;
        _displayPath = displayPath;
    }

    /// <summary>Logs one diagnostic (live or replayed from the cache) at its effective severity. Hidden ones are not logged.</summary>
    public void Log(ReportedDiagnostic diagnostic)
    {
        var file = _displayPath(diagnostic.Path);
        var span = diagnostic.LineSpan;
        int line = span.Start.Line + 1, column = span.Start.Character + 1, endLine = span.End.Line + 1, endColumn = span.End.Character + 1;
        var message = diagnostic.Message;
        var help = diagnostic.HelpLink;
        switch (diagnostic.Severity)
        {
            case DiagnosticSeverity.Error:
                _log.LogError(Subcategory, diagnostic.Id, null, help, file, line, column, endLine, endColumn, message);
                break;
            case DiagnosticSeverity.Warning:
                _log.LogWarning(Subcategory, diagnostic.Id, null, help, file, line, column, endLine, endColumn, message);
                break;
            case DiagnosticSeverity.Info:
                // Suggestions are messages, as in the C# compiler: visible with -v:n, never a warning.
                _log.LogMessage(Subcategory, diagnostic.Id, null, file, line, column, endLine, endColumn,
                    Microsoft.Build.Framework.MessageImportance.Normal, message);
                break;
        }
    }
}
