using System.Globalization;
using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;

namespace ContentCheck.Rules.Corpus;

/// <summary>CC5002: two article files have the same name (slug), on the same or different dates.</summary>
public sealed class DuplicateSlugAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.DuplicateSlug,
        "Two articles have the same slug",
        "The file name '{0}' is also used by {1}; a slug names one story: if this is the same story delete one copy, otherwise rename this file (e.g. to '{2}.md')",
        RuleCategory.Corpus,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "The slug (the file name without .md) names an article in links and on the site; two articles with one slug are usually one story archived twice, and otherwise are hard to tell apart.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterCorpusAction(context =>
    {
        // Case-insensitive: on Windows and macOS disks, and in many site hosts' URLs, 'Gap' and 'gap' collide.
        var first = new Dictionary<string, Article>(StringComparer.OrdinalIgnoreCase);
        foreach (var article in context.Articles)
        {
            var slug = article.PathInfo.Slug;
            if (slug.Length == 0)
            {
                continue;
            }
            if (first.TryGetValue(slug, out var earlier))
            {
                context.Report(Rule, article.Path, article.Document.Text, CorpusSpans.Title(article), slug, earlier.Path, Suggest(slug, article));
            }
            else
            {
                first.Add(slug, article);
            }
        }
    });

    // A concrete new name to offer: the slug with the article's folder date, which is unique per day.
    private static string Suggest(string slug, Article article) =>
        article.PathInfo.FolderDate is { } date ? slug + "-" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : slug + "-2";
}
