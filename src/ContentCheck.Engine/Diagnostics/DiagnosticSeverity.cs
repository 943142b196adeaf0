namespace ContentCheck.Diagnostics;

/// <summary>How serious a diagnostic is, as Roslyn's <c>DiagnosticSeverity</c>.
/// <c>.editorconfig</c> spells them <c>silent</c>, <c>suggestion</c>, <c>warning</c> and <c>error</c>.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Recorded (SARIF, baseline) but never shown in the build output (<c>silent</c>).</summary>
    Hidden = 0,

    /// <summary>Shown as an MSBuild message, never fails anything (<c>suggestion</c>).</summary>
    Info = 1,

    /// <summary>An MSBuild warning; <c>-warnaserror</c> and <c>WarningsAsErrors</c> can promote it.</summary>
    Warning = 2,

    /// <summary>An MSBuild error: the build fails.</summary>
    Error = 3,
}
