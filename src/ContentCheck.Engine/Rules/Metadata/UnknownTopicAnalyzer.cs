using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;

namespace ContentCheck.Rules.Metadata;

/// <summary>CC1010: an item of <c>topics</c> that topics.yml does not list (checked only where topics.yml exists).</summary>
public sealed class UnknownTopicAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.UnknownTopic,
        "Unknown topic id",
        "'{0}' is not a {1} in {2}; {3}",
        RuleCategory.Metadata,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Topics are ids from topics.yml, which gives each its title and its list page. An id that is not there files the article under a topic page that does not exist, and a misspelt id splits one topic in two.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterFrontMatterAction(context =>
        UnknownRegistryId.ReportAll(context, Rule, RegistryKind.Topics, "topic", "topics", "its title"));
}
