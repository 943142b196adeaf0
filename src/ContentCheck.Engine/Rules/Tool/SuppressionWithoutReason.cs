using ContentCheck.Diagnostics;

namespace ContentCheck.Rules.Tool;

/// <summary>CC0004: a front-matter <c>suppress:</c> entry without a reason, or one that is not an id and a reason.</summary>
public static class SuppressionWithoutReason
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.SuppressionWithoutReason,
        "Front-matter suppression needs an id and a reason",
        "{0}",
        RuleCategory.Tool,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Each entry of an article's 'suppress:' list names a rule and says why it does not apply, e.g. {id: CC3002, reason: quoting a slogan}; the reason is what a reviewer and the SARIF log read.");
}
