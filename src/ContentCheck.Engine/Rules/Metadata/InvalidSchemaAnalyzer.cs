using ContentCheck.Analysis;
using ContentCheck.Diagnostics;

namespace ContentCheck.Rules.Metadata;

/// <summary>CC1015: a mistake in the schema file, <c>contentcheck.schema.yml</c> (its YAML errors are CC1002's).</summary>
public sealed class InvalidSchemaAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.InvalidSchema,
        "Invalid schema file",
        "{0}",
        RuleCategory.Metadata,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "contentcheck.schema.yml declares the repo's article fields, their types, defaults and path layout. A setting it cannot understand is ignored, and the articles are then checked against something other than what the file meant.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterCorpusAction(context =>
    {
        // The schema file belongs to no article: its mistakes are reported once, in it.
        foreach (var problem in context.Project.SchemaProblems)
        {
            context.Report(Rule, problem.Path, problem.Text, problem.Span, problem.Message);
        }
    });
}
