using ContentCheck.Diagnostics;
using ContentCheck.Text;

namespace ContentCheck.Caching;

/// <summary>
/// A diagnostic as it was reported: flat, already formatted, independent of the analyzer that produced it — the
/// form the build cache stores and replays, so a no-op build shows every warning without analyzing anything.
/// </summary>
/// <param name="Id">The rule id.</param>
/// <param name="Severity">The effective severity.</param>
/// <param name="Path">The file, relative to the content root.</param>
/// <param name="LineSpan">Zero-based start and end.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="HelpLink">The rule's page.</param>
public sealed record ReportedDiagnostic(string Id, DiagnosticSeverity Severity, string Path, LinePositionSpan LineSpan, string Message, string HelpLink)
{
    /// <summary>The flat form of a live diagnostic.</summary>
    public static ReportedDiagnostic From(Diagnostic diagnostic) => new(
        diagnostic.Id, diagnostic.Severity, diagnostic.Location.Path, diagnostic.Location.LineSpan,
        diagnostic.GetMessage(), diagnostic.Descriptor.HelpLinkUri);
}
