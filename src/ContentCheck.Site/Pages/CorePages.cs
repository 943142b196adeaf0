using ContentCheck.Site.Markdown;
using ContentCheck.Site.Rendering;

namespace ContentCheck.Site.Pages;

/// <summary>The assets, the home page and the article pages.</summary>
internal static class CorePages
{
    /// <summary>Articles on the home page; older ones are reached through the archive, whose month pages paginate.</summary>
    public const int HomeSize = 50;

    /// <summary>Copies every theme file that is not a template to <c>assets/</c>.</summary>
    public static void WriteAssets(SiteBuild build)
    {
        foreach (var file in build.Theme.All.Where(f => !f.IsTemplate))
        {
            build.AddFile(() => build.Output.WriteBytes("assets/" + file.Name, file.Content));
        }
    }

    /// <summary>The home page: the newest <see cref="HomeSize"/> articles, then every year of the archive with its
    /// count. A page of a fixed size whatever the corpus, instead of one listing 100,000 articles.</summary>
    public static void WriteHome(SiteBuild build)
    {
        var model = build.Model;
        var site = model.Site;
        build.AddPage("home.sbn", new PageInfo(site.Title, "index.html", site.Description.Length > 0 ? site.Description : null), () => new Dictionary<string, object?>
        {
            ["articles"] = model.Newest.Take(HomeSize).ToList(),
            ["total"] = model.Newest.Count,
            ["years"] = model.Years,
        });
    }

    /// <summary>One page per article; the body is rendered when the page is.</summary>
    public static void WriteArticles(SiteBuild build)
    {
        foreach (var article in build.Model.ByPath)
        {
            build.AddPage("article.sbn", new PageInfo(article.Title, article.Path, article.Summary), () => new Dictionary<string, object?>
            {
                ["article"] = article,
                ["body"] = new RawHtml(ArticleBodyRenderer.Render(article.Article.Document.Body)),
                ["page"] = new PageInfo(article.Title, article.Path, article.Summary, ArticleHead.Build(build.Model.Site, article)),
            },
            inputs: Inputs(article));
        }
    }

    /// <summary>What an article page shows: its fields, its body (the engine's parse, which an unchanged file keeps from
    /// build to build) and its related articles' fields. Filled into an array of the exact size: made for every article
    /// on every build.</summary>
    private static object[] Inputs(ArticleView article)
    {
        var related = article.Related;
        var inputs = new object[2 + related.Count];
        inputs[0] = article.Key;
        inputs[1] = Output.PageCache.IdentityOf(article.Article.Document);
        for (var i = 0; i < related.Count; i++)
        {
            inputs[2 + i] = related[i].Key;
        }
        return inputs;
    }

    /// <summary>404.html: a server shows it at any depth, so its links start at the base URL's path instead of
    /// being relative (the one page that does not work from disk).</summary>
    public static void WriteNotFound(SiteBuild build)
    {
        var root = new Uri(build.Model.Site.BaseUrl).AbsolutePath;
        // Nothing but the site-wide inputs: kept by the build server until those change.
        build.AddPage("404.sbn", new PageInfo("Page not found", "404.html", Root: root), () => new Dictionary<string, object?>(), inputs: []);
    }

    /// <summary>The feed and the sitemap come last: the sitemap lists every page planned before it.</summary>
    public static void WriteFeeds(SiteBuild build)
    {
        build.AddFile(() => Feeds.WriteAtom(build));
        Feeds.WriteSitemap(build, build.PagePaths.ToList());
    }
}
