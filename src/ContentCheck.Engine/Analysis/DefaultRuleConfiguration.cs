using ContentCheck.Diagnostics;

namespace ContentCheck.Analysis;

/// <summary>Every rule at its default severity, no options.</summary>
public sealed class DefaultRuleConfiguration : IRuleConfiguration
{
    /// <summary>The shared instance.</summary>
    public static DefaultRuleConfiguration Instance { get; } = new();

    /// <inheritdoc />
    public DiagnosticSeverity? GetSeverity(DiagnosticDescriptor descriptor, string path) =>
        descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : null;

    /// <inheritdoc />
    public string? GetOption(string ruleId, string key, string path) => null;
}
