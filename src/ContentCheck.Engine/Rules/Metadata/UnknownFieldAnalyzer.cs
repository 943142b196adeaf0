using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Text;
using ContentCheck.Yaml;

namespace ContentCheck.Rules.Metadata;

/// <summary>CC1006: a front-matter key that is not a field of the schema, with the nearest field name.</summary>
public sealed class UnknownFieldAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.UnknownField,
        "Unknown field",
        "'{0}' is not a front-matter field; {1}",
        RuleCategory.Metadata,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A key that is not in the article schema is almost always a typo ('autors', 'Title'), and the value it holds is silently lost to the site and the checks.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterFrontMatterAction(context =>
    {
        var names = context.Project.Schema.Fields.Select(f => f.Name).ToList();
        var allowUnknown = context.Project.Schema.AllowUnknownFields;
        foreach (var entry in context.FrontMatter.Entries)
        {
            if (entry.Key is YamlScalar key)
            {
                if (!allowUnknown && context.Project.Schema.Find(key.Value) is null)
                {
                    var nearest = StringSimilarity.Nearest(key.Value, names);
                    context.Report(Rule, key, key.Value, nearest is not null
                        ? $"did you mean '{nearest}'?"
                        : $"the fields are {string.Join(", ", names)}");
                }
            }
            else
            {
                context.Report(Rule, entry.Key, context.Document.Text.ToString(entry.Key.Span),
                    "a key must be a field name such as 'title', not " + entry.Key.KindName);
            }
        }
    });
}
