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
        if (DateField.Find(context, FieldNames.Published) is not { } published)
        {
            return;
        }
        var date = published.Date.LocalDate;
        var folder = "articles/" + date.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture) + "/";
        var folderDate = context.Article.PathInfo.FolderDate;
        if (folderDate is null)
        {
            context.Report(Rule, published.Node,
                $"The path '{context.Document.Path}' does not encode the publication date (expected articles/YYYY/MM/DD/<slug>.md)",
                folder + context.Article.PathInfo.Slug + ".md");
        }
        else if (folderDate.Value != date)
        {
            context.Report(Rule, published.Node,
                $"The folders say {folderDate.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} but 'published' is {published.Text}, whose date as written is {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
                folder + " (or correct 'published')");
        }
    });
}
