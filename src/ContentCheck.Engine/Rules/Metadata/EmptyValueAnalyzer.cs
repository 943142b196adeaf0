using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Yaml;

namespace ContentCheck.Rules.Metadata;

/// <summary>CC1008: a field is written with no value (<c>title:</c>, <c>title: ""</c>, <c>~</c>), a required list
/// is empty (<c>authors: []</c>), or a list has a blank item.</summary>
public sealed class EmptyValueAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.EmptyValue,
        "Field has an empty value",
        "{0}; {1}",
        RuleCategory.Metadata,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A key with no value is a field started and not finished: a required field is then as good as missing, and a blank optional field is noise that hides which fields an article really has.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterFrontMatterAction(context =>
    {
        foreach (var (entry, field) in FrontMatterFields.Known(context))
        {
            var required = FrontMatterFields.IsRequired(field, context);
            // Written only for a diagnostic: the fields of every article pass here.
            string Fill() => required
                ? $"every article needs it, e.g. '{field.Example}'"
                : $"give it a value, e.g. '{field.Example}', or remove the line";
            switch (entry.Value)
            {
                case YamlScalar scalar when IsBlank(scalar):
                    // "title:" has a zero-length value: the key is the only text to point at.
                    context.Report(Rule, scalar.Span.Length > 0 ? scalar : entry.Key, $"'{field.Name}' has no value", Fill());
                    break;
                case YamlSequence { Items.Count: 0 } list when required:
                    context.Report(Rule, list, $"'{field.Name}' is an empty list", Fill());
                    break;
                case YamlSequence list:
                    foreach (var item in list.Items.OfType<YamlScalar>().Where(IsBlank))
                    {
                        context.Report(Rule, item.Span.Length > 0 ? item : list, $"'{field.Name}' has an empty item", "remove it or fill it in");
                    }
                    break;
            }
        }
    });

    private static bool IsBlank(YamlScalar scalar) => scalar.IsNull || scalar.Value.Trim().Length == 0;
}
