using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Yaml;

namespace ContentCheck.Rules.Metadata;

/// <summary>CC1007: a field's value has the wrong YAML shape: a list or mapping where text belongs, text where
/// a list belongs, a boolean other than true/false, or an alias. Empty values are CC1008's; whether a text is a
/// valid date is CC2001's, so the two never report one value.</summary>
public sealed class WrongTypeAnalyzer : ContentAnalyzer
{
    private const string AliasAdvice = "YAML aliases are not supported in front matter; write the value out";

    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.WrongType,
        "Field has the wrong type",
        "{0} must be {1}, but it is {2}; {3}",
        RuleCategory.Metadata,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Each field has one shape: text (title, source, dates, url, language), a list (authors, topics, people) or a boolean (draft). A value of another shape is ignored by the site and the checks.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterFrontMatterAction(context =>
    {
        foreach (var (entry, field) in FrontMatterFields.Known(context))
        {
            Check(context, field, entry.Value);
        }
    });

    private static void Check(ArticleContext context, FieldDefinition field, YamlNode value)
    {
        // Written only for a diagnostic: the fields of every article pass here.
        string Name() => $"'{field.Name}'";
        string Fix() => $"write it as '{field.Example}'";
        switch (value)
        {
            case YamlAlias:
                context.Report(Rule, value, Name(), Expected(field), "an alias", AliasAdvice);
                break;
            case YamlScalar { IsNull: true }:
                break;
            case YamlScalar scalar when field.Kind == FieldKind.Boolean:
                if (!IsBoolean(scalar))
                {
                    var written = scalar.IsPlain ? $"'{scalar.Value}'" : $"the quoted text {context.Document.Text.ToString(scalar.Span)}";
                    context.Report(Rule, scalar, Name(), Expected(field), written, scalar.IsPlain ? Fix() : "remove the quotes");
                }
                break;
            case YamlScalar when field.IsList:
            case YamlMapping:
            case YamlSequence when !field.IsList:
                context.Report(Rule, value, Name(), Expected(field), value.KindName, Fix());
                break;
            case YamlSequence list:
                foreach (var item in list.Items)
                {
                    // Suppressions may be an id or an {id, reason} mapping; every other list holds text.
                    var allowed = item is YamlScalar || (field.Kind == FieldKind.SuppressionList && item is YamlMapping);
                    if (!allowed)
                    {
                        context.Report(Rule, item, $"Each item of {Name()}", "text", item.KindName, item is YamlAlias ? AliasAdvice : Fix());
                    }
                }
                break;
        }
    }

    private static string Expected(FieldDefinition field) =>
        field.IsList ? "a list" : field.Kind == FieldKind.Boolean ? "true or false" : "text";

    /// <summary>YAML 1.2's core booleans; quoted "true" is text, and yes/no/on/off are YAML 1.1 only.</summary>
    private static bool IsBoolean(YamlScalar scalar) =>
        scalar.IsPlain && scalar.Value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE";
}
