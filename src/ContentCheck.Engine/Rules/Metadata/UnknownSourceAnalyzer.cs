using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Text;
using ContentCheck.Yaml;

namespace ContentCheck.Rules.Metadata;

/// <summary>CC1009: <c>source</c> names an id that sources.yml does not list (checked only where sources.yml exists).</summary>
public sealed class UnknownSourceAnalyzer : ContentAnalyzer
{
    /// <summary>How many ids the message lists when none is near the value.</summary>
    public const int MaxListedIds = 10;

    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.UnknownSource,
        "Unknown source id",
        "'{0}' is not a source in sources.yml; {1}",
        RuleCategory.Metadata,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "The source of an article is an id from sources.yml, which gives the outlet's name, rights and credit line. An id that is not there leaves the article without its rights and its source page.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterFrontMatterAction(context =>
    {
        var sources = context.Project.Sources;
        if (sources is null
            || context.FrontMatter.Find(FieldNames.Source)?.Value is not YamlScalar { IsNull: false } value
            || value.Value.Trim().Length == 0
            || sources.Find(value.Value.Trim()) is not null)
        {
            return;
        }
        var id = value.Value.Trim();
        var ids = sources.Ids.OrderBy(i => i, StringComparer.Ordinal).ToList();
        var advice = StringSimilarity.Nearest(id, ids) is { } nearest ? $"did you mean '{nearest}'?"
            : ids.Count == 0 ? $"sources.yml lists no sources yet; add an entry '- id: {id}' with its name, homepage, license and agency"
            : $"the sources are {string.Join(", ", ids.Take(MaxListedIds))}{(ids.Count > MaxListedIds ? $" and {ids.Count - MaxListedIds} more" : string.Empty)}; use one of them or add '{id}' to sources.yml";
        context.Report(Rule, value, id, advice);
    });
}
