using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;

namespace ContentCheck.Rules.Metadata;

/// <summary>CC1009: <c>source</c> names an id that sources.yml does not list (checked only where sources.yml exists).</summary>
public sealed class UnknownSourceAnalyzer : ContentAnalyzer
{
    /// <summary>How many ids the message lists when none is near the value.</summary>
    public const int MaxListedIds = UnknownRegistryId.MaxListedIds;

    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.UnknownSource,
        "Unknown source id",
        "'{0}' is not a {1} in {2}; {3}",
        RuleCategory.Metadata,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "The source of an article is an id from sources.yml, which gives the outlet's name, rights and credit line. An id that is not there leaves the article without its rights and its source page.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterFrontMatterAction(context =>
        UnknownRegistryId.ReportAll(context, Rule, RegistryKind.Sources, "source", "sources", "its name, homepage, license and agency"));
}
