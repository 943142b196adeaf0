using ContentCheck.Analysis;
using ContentCheck.Diagnostics;

namespace ContentCheck.Engine.Tests.Rules.Attribution;

/// <summary>Rule options as <c>.editorconfig</c> would give them (<c>contentcheck.CC3002.min_words = 3</c>), every rule at its default severity.</summary>
internal sealed class RuleOptions(params (string RuleId, string Key, string Value)[] options) : IRuleConfiguration
{
    public DiagnosticSeverity? GetSeverity(DiagnosticDescriptor descriptor, string path) =>
        DefaultRuleConfiguration.Instance.GetSeverity(descriptor, path);

    public string? GetOption(string ruleId, string key, string path) =>
        options.FirstOrDefault(o => o.RuleId == ruleId && o.Key == key).Value;
}
