using ContentCheck.Analysis;
using ContentCheck.Diagnostics;

namespace ContentCheck.Engine.Tests.Infrastructure;

/// <summary>Default severities plus the rule options a test sets, e.g. <c>("CC4001", "patterns") = "Share on *"</c>.</summary>
public sealed class OptionConfiguration(IReadOnlyDictionary<(string RuleId, string Key), string> options) : IRuleConfiguration
{
    /// <summary>One option.</summary>
    public OptionConfiguration(string ruleId, string key, string value)
        : this(new Dictionary<(string, string), string> { [(ruleId, key)] = value })
    {
    }

    /// <inheritdoc />
    public DiagnosticSeverity? GetSeverity(DiagnosticDescriptor descriptor, string path) =>
        DefaultRuleConfiguration.Instance.GetSeverity(descriptor, path);

    /// <inheritdoc />
    public string? GetOption(string ruleId, string key, string path) =>
        options.TryGetValue((ruleId, key), out var value) ? value : null;
}
