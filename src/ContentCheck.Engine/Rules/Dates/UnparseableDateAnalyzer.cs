using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Yaml;

namespace ContentCheck.Rules.Dates;

/// <summary>CC2001: a date field whose value is not an ISO 8601 date or date-time.</summary>
public sealed class UnparseableDateAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.UnparseableDate,
        "Date cannot be parsed",
        "'{0}' in '{1}' is not a valid date; write it {2}",
        RuleCategory.Dates,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Dates are written in ISO 8601 so every machine reads the same day and instant: a date alone (date precision) or a date-time with its UTC offset.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterFrontMatterAction(context =>
    {
        foreach (var entry in context.FrontMatter.Entries)
        {
            if (context.Project.Schema.Find(entry.Name) is { Kind: FieldKind.Date } field
                && entry.Value is YamlScalar { IsNull: false } scalar
                && scalar.Value.Trim().Length > 0
                && !ArticleDate.TryParse(scalar.Value, field.DateFormats, out _))
            {
                var forms = field.DateFormats.Count == 0
                    ? "in ISO 8601, one of: " + ArticleDate.AcceptedForms
                    : "in one of the forms the schema accepts: " + ArticleDate.DescribeForms(field.DateFormats);
                context.Report(Rule, scalar, scalar.Value, entry.Name, forms);
            }
        }
    });
}
