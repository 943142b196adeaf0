using ContentCheck.Metadata;
using ContentCheck.Project;
using ContentCheck.Site.Output;
using ContentCheck.Site.Rendering;

namespace ContentCheck.Site.Pages;

/// <summary>The site as data: the published articles with their resolved names and page paths, and the settings
/// templates see as <c>site</c>. Built once; every page reads it.</summary>
internal sealed class SiteModel
{
    private SiteModel(SiteView site, IReadOnlyList<ArticleView> byPath)
    {
        Site = site;
        ByPath = byPath;
        Newest = byPath.OrderByDescending(a => a.PublishedDate.Instant).ThenBy(a => a.Article.Path, StringComparer.Ordinal).ToList();
    }

    public SiteView Site { get; }

    /// <summary>Published articles ordered by source path (ordinal).</summary>
    public IReadOnlyList<ArticleView> ByPath { get; }

    /// <summary>Published articles, newest first (ties by path).</summary>
    public IReadOnlyList<ArticleView> Newest { get; }

    /// <summary>Builds the model; drafts and articles without a title or a parsable published date are left out.</summary>
    public static SiteModel Build(ContentProject project, IReadOnlyList<Article> articles, SiteView site)
    {
        var paths = new PathAllocator();
        var views = new List<ArticleView>();
        foreach (var article in articles.OrderBy(a => a.Path, StringComparer.Ordinal))
        {
            if (article.Draft || article.Title is null || article.Published is not { } published)
            {
                continue;
            }
            var day = published.LocalDate;
            var folder = FormattableString.Invariant($"articles/{day:yyyy}/{day:MM}/{day:dd}");
            var source = article.Source is { } id ? ResolveSource(project, id) : null;
            views.Add(new ArticleView(article, article.Title, published, paths.Allocate(folder, article.PathInfo.Slug))
            {
                Updated = article.Updated is { } updated ? DateView.From(updated) : null,
                Source = source,
                Authors = article.Authors.Select(a => new LinkView(a, null)).ToList(),
                Dateline = article.Dateline,
                OriginalUrl = SafeUrl.IsHttp(article.Url) ? article.Url : null,
                Topics = article.Topics.Select(t => new LinkView(RegistryName(project.Topics, t, "title"), null)).ToList(),
                People = article.People.Select(p => new LinkView(RegistryName(project.People, p, "name"), null)).ToList(),
                Summary = article.Summary,
                Language = article.Language ?? source?.Language ?? site.Language,
            });
        }
        return new SiteModel(site, views);
    }

    private static string RegistryName(Registry? registry, string id, string field) =>
        registry?.Find(id)?.GetText(field) is { } name && name.Trim().Length > 0 ? name.Trim() : id;

    private static SourceView ResolveSource(ContentProject project, string id)
    {
        var entry = project.Sources?.Find(id);
        var name = RegistryName(project.Sources, id, "name");
        var homepage = entry?.GetText("homepage");
        var credit = entry?.GetText("credit") is { } c && c.Trim().Length > 0 ? c.Trim() : "© " + name;
        return new SourceView(id, name, SafeUrl.IsHttp(homepage) ? homepage!.Trim() : null, credit, null)
        {
            Language = entry?.GetText("language"),
        };
    }
}

/// <summary><c>site.yml</c> as templates see it, with the effective base URL.</summary>
internal sealed record SiteView(string Title, string Description, string BaseUrl, string Language);
