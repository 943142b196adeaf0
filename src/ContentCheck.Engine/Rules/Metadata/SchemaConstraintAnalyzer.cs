using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Text;
using ContentCheck.Yaml;

namespace ContentCheck.Rules.Metadata;

/// <summary>CC1016: a value outside what the schema file allows for its field: not one of the allowed values,
/// not matching the pattern, or shorter or longer than the length bounds.</summary>
public sealed class SchemaConstraintAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.ValueNotAllowed,
        "Value not allowed by the schema",
        "{0}; {1}",
        RuleCategory.Metadata,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A content repo's schema file may restrict a field to a list of values, a pattern or a length (a layout from a fixed set, tags in lowercase, a title that fits a headline slot). A value outside those bounds breaks what the repo's templates expect.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterFrontMatterAction(context =>
    {
        foreach (var (entry, field) in FrontMatterFields.Known(context))
        {
            if (field.AllowedValues is null && field.Pattern is null && field.MinLength is null && field.MaxLength is null)
            {
                continue;
            }
            var values = entry.Value switch
            {
                YamlScalar s when !field.IsList => new[] { s },
                YamlSequence list when field.IsList => list.Items.OfType<YamlScalar>(),
                _ => Array.Empty<YamlScalar>(), // Other shapes are CC1007's.
            };
            foreach (var value in values.Where(v => !v.IsNull && v.Value.Trim().Length > 0))
            {
                if (Problem(field, value.Value.Trim()) is { } problem)
                {
                    context.Report(Rule, value, problem.Message, problem.Fix);
                }
            }
        }
    });

    private static (string Message, string Fix)? Problem(FieldDefinition field, string value)
    {
        var name = field.Name;
        if (field.AllowedValues is { } allowed && !allowed.Contains(value, StringComparer.Ordinal))
        {
            return ($"'{value}' is not an allowed value of '{name}'",
                StringSimilarity.Nearest(value, allowed) is { } nearest ? $"did you mean '{nearest}'?" : $"the schema allows {string.Join(", ", allowed)}");
        }
        if (field.Pattern is { } pattern && !Matches(pattern, value))
        {
            return ($"'{value}' in '{name}' does not match the schema's pattern {pattern}", $"write it in that form, e.g. '{field.Example}'");
        }
        if (field.MinLength is { } min && value.Length < min)
        {
            return ($"'{name}' has {value.Length} characters, fewer than the {min} the schema asks for", "complete it");
        }
        if (field.MaxLength is { } max && value.Length > max)
        {
            return ($"'{name}' has {value.Length} characters, more than the {max} the schema allows", "shorten it");
        }
        return null;
    }

    private static bool Matches(System.Text.RegularExpressions.Regex pattern, string value)
    {
        try
        {
            return pattern.IsMatch(value);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return true; // A pathological pattern is the schema's problem, not this value's.
        }
    }
}
