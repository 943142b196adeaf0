using ContentCheck.Diagnostics;

namespace ContentCheck.Analysis;

/// <summary>CC0001, the analogue of Roslyn's AD0001: an analyzer threw. The run goes on; the failure is a
/// diagnostic that names the analyzer and the file, never a stack trace in the build.</summary>
public static class AnalyzerFailure
{
    /// <summary>The rule id.</summary>
    public const string Id = Rules.RuleIds.AnalyzerFailure;

    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        Id,
        "Analyzer failed",
        "ContentCheck's {0} failed on this file ({1}: {2}); the file's other checks still ran. Please report this with the file attached.",
        RuleCategory.Tool,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "An analyzer threw an exception. This is a bug in ContentCheck, not in the article; the rest of the analysis continues.");
}
