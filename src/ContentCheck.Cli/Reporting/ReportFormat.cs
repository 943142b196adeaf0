namespace ContentCheck.Cli.Reporting;

/// <summary>The output forms of <c>contentcheck check</c>.</summary>
internal enum ReportFormat
{
    /// <summary>MSBuild's canonical lines and the one-line summary, as <c>dotnet build</c> prints them.</summary>
    Text,

    /// <summary>A JSON array of diagnostics with stable field names, for scripts.</summary>
    Json,

    /// <summary>A SARIF 2.1.0 log, the build's <c>ContentCheckErrorLog</c>, for code-scanning annotations.</summary>
    Sarif,
}
