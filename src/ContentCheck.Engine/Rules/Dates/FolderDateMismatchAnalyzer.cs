using System.Globalization;
using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;

namespace ContentCheck.Rules.Dates;

/// <summary>CC2005: the article's folders (<c>articles/YYYY/MM/DD/</c>) do not spell the local date of <c>published</c>.</summary>
public sealed class FolderDateMismatchAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.FolderDateMismatch,
        "Folder date differs from published",
        "{0}; move it to {1}",
        RuleCategory.Dates,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Articles live in articles/YYYY/MM/DD/<slug>.md, where the folders are the publication date as written in 'published' (its local date, not converted to UTC). The archive pages and the site's addresses are built from the folders.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterFrontMatterAction(context =>
    {
        var layout = context.Project.Schema.Layout;
        if (!layout.EncodesDate || DateField.Find(context, FieldNames.Published) is not { } published)
        {
            return; // A layout without dates (the schema's 'paths') has nothing to compare.
        }
        var date = published.Date.LocalDate;
        var path = context.Article.PathInfo;
        var folderDate = path.FolderDate;
        if (folderDate is null)
        {
            var expected = string.Join(" or ", layout.Patterns.Where(p => p.Contains("{yyyy}")).Select(PathLayout.Describe));
            context.Report(Rule, published.Node,
                $"The path '{context.Document.Path}' does not encode the publication date (expected {expected})",
                layout.Format(date, path.Slug, path.Pattern));
        }
        else if (folderDate.Value != date)
        {
            context.Report(Rule, published.Node,
                $"The path says {folderDate.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} but '{published.Name}' is {published.Text}, whose date as written is {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
                $"{layout.Redate(context.Document.Path, date)} (or correct '{published.Name}')");
        }
    });
}
