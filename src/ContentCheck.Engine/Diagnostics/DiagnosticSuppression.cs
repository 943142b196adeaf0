namespace ContentCheck.Diagnostics;

/// <summary>Where a suppression was written, as SARIF's <c>suppression.kind</c>.</summary>
public enum SuppressionKind
{
    /// <summary>In the article itself: a <c>contentcheck-disable</c> comment or a front-matter <c>suppress:</c> entry (SARIF <c>inSource</c>).</summary>
    InSource = 0,

    /// <summary>Outside the article (SARIF <c>external</c>).</summary>
    External = 1,
}

/// <summary>Why a diagnostic is suppressed: it is kept (SARIF records it) but never shown or counted.</summary>
/// <param name="Kind">Where the suppression was written.</param>
/// <param name="Justification">The reason the author gave, or null.</param>
public sealed record DiagnosticSuppression(SuppressionKind Kind, string? Justification);
