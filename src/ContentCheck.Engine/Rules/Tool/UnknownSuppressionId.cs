using ContentCheck.Diagnostics;

namespace ContentCheck.Rules.Tool;

/// <summary>CC0003: a suppression names a rule id that does not exist (a typo suppresses nothing).</summary>
public static class UnknownSuppressionId
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.UnknownSuppressionId,
        "Suppression names an unknown rule",
        "{0}",
        RuleCategory.Tool,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A suppression names an id that is not a ContentCheck rule, so it suppresses nothing; usually a typo of the id that was meant.");
}
