using ContentCheck.Diagnostics;

namespace ContentCheck.Rules.Tool;

/// <summary>CC0002, the analogue of Roslyn's IDE0079: a suppression that suppresses nothing.</summary>
public static class UnusedSuppression
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.UnusedSuppression,
        "Suppression suppresses nothing",
        "{0}",
        RuleCategory.Tool,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        "A contentcheck-disable comment or a front-matter 'suppress' entry that no diagnostic needs any more; remove it so it cannot hide a future finding.");
}
