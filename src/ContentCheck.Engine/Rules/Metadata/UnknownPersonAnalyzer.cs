using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;

namespace ContentCheck.Rules.Metadata;

/// <summary>CC1011: an item of <c>people</c> that people.yml does not list (checked only where people.yml exists).</summary>
public sealed class UnknownPersonAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.UnknownPerson,
        "Unknown person id",
        "'{0}' is not a {1} in {2}; {3}",
        RuleCategory.Metadata,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "People are ids from people.yml, which gives each person's name and other spellings. An id that is not there links the article to a person page that does not exist, and the name checks cannot know the person.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterFrontMatterAction(context =>
        UnknownRegistryId.ReportAll(context, Rule, RegistryKind.People, "person", "people", "its name and aliases"));
}
