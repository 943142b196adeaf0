using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;

namespace ContentCheck.Rules.Metadata;

/// <summary>CC1005: a required field (title, source, published; authors unless the source is unsigned) is absent.</summary>
public sealed class RequiredFieldMissingAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.RequiredFieldMissing,
        "Required field missing",
        "The front matter has no '{0}', which every article needs{1}; add a line such as '{2}'",
        RuleCategory.Metadata,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Every article needs a title, a source, a publication date and, unless its source publishes unsigned copy, its authors: the site, the feeds and the other checks rely on them.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterFrontMatterAction(context =>
    {
        foreach (var field in context.Project.Schema.Fields)
        {
            // A field that is present but empty or mistyped is CC1008's or CC1007's to report.
            // A value the schema's defaults give the article's folder counts as given.
            if (FrontMatterFields.IsRequired(field, context) && context.FrontMatter.Find(field.Name) is null
                && context.Project.Schema.DefaultFor(context.Document.Path, field.Name) is null)
            {
                var unless = field.MapsTo == FieldNames.Authors ? " unless its source is marked 'unsigned: true' in sources.yml" : string.Empty;
                // No line of the file is missing a field: the opening fence names the front matter as a whole.
                context.Report(Rule, context.Document.OpeningFenceSpan, field.Name, unless, field.Example);
            }
        }
    });
}
