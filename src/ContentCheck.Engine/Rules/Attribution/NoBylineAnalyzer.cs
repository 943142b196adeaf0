using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Yaml;

namespace ContentCheck.Rules.Attribution;

/// <summary>CC3001: <c>authors</c> names no person — only the outlet, an agency or a placeholder such as "Staff" —
/// although the source does not publish unsigned copy. A missing <c>authors</c> is CC1005's, an empty list CC1008's.</summary>
public sealed class NoBylineAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.NoByline,
        "Byline names no person",
        "{0}",
        RuleCategory.Attribution,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A signed source's articles name their reporters. An outlet, an agency or 'Staff' in authors hides that the byline is missing; the source itself is credited by 'source:'.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterFrontMatterAction(context =>
    {
        if (context.Article.FieldNode(FieldNames.Authors) is not YamlSequence list)
        {
            return;
        }
        var items = list.Items.OfType<YamlScalar>().Where(s => !s.IsNull && s.Value.Trim().Length > 0).ToList();
        var sourceId = context.Article.Source;
        var source = sourceId is null ? null : context.Project.Sources?.Find(sourceId);
        if (items.Count == 0 || (source is not null && source.GetBoolean("unsigned")))
        {
            return;
        }
        var placeholders = items.Where(s => BylineNames.IsPlaceholder(s.Value, context.Project, sourceId)).ToList();
        var outlet = source?.GetText("name") ?? sourceId ?? "this source";
        foreach (var item in placeholders)
        {
            context.Report(Rule, item, placeholders.Count == items.Count
                ? $"'{item.Value.Trim()}' in authors is not a person, so this article has no byline, which {outlet} requires; write the reporter's name (e.g. authors: [Liao Lei]) or, if {outlet} publishes unsigned copy, set 'unsigned: true' on its entry in sources.yml"
                : $"'{item.Value.Trim()}' in authors is not a person; remove it: {outlet} is credited by 'source:' and the site prints its credit line");
        }
    });
}
