using ContentCheck.Site.Markdown;
using ContentCheck.Site.Rendering;

namespace ContentCheck.Site.Pages;

/// <summary>The assets, the home page and the article pages.</summary>
internal static class CorePages
{
    /// <summary>Copies every theme file that is not a template to <c>assets/</c>.</summary>
    public static void WriteAssets(SiteBuild build)
    {
        foreach (var file in build.Theme.All.Where(f => !f.IsTemplate))
        {
            build.Output.WriteBytes("assets/" + file.Name, file.Content);
        }
    }

    /// <summary>The home page: every article, newest first.</summary>
    public static void WriteHome(SiteBuild build)
    {
        var site = build.Model.Site;
        build.WritePage("home.sbn", new PageInfo(site.Title, "index.html", site.Description.Length > 0 ? site.Description : null),
            new Dictionary<string, object?> { ["articles"] = build.Model.Newest });
    }

    /// <summary>One page per article.</summary>
    public static void WriteArticles(SiteBuild build)
    {
        foreach (var article in build.Model.ByPath)
        {
            var body = new RawHtml(ArticleBodyRenderer.Render(article.Article.Document.Body));
            build.WritePage("article.sbn", new PageInfo(article.Title, article.Path, article.Summary, ArticleHead.Build(build.Model.Site, article)),
                new Dictionary<string, object?> { ["article"] = article, ["body"] = body });
        }
    }

    /// <summary>404.html: a server shows it at any depth, so its links start at the base URL's path instead of
    /// being relative (the one page that does not work from disk).</summary>
    public static void WriteNotFound(SiteBuild build)
    {
        var root = new Uri(build.Model.Site.BaseUrl).AbsolutePath;
        build.WritePage("404.sbn", new PageInfo("Page not found", "404.html", Root: root), new Dictionary<string, object?>());
    }

    /// <summary>The feed and the sitemap come last: the sitemap lists every page written before it.</summary>
    public static void WriteFeeds(SiteBuild build)
    {
        Feeds.WriteAtom(build);
        Feeds.WriteSitemap(build, build.PagePaths);
    }
}
