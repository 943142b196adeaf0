using ContentCheck.Metadata;
using ContentCheck.Site.Output;
using ContentCheck.Site.Tests.Infrastructure;
using ContentCheck.Testing;

namespace ContentCheck.Site.Tests;

/// <summary>The build server's page cache: a page is kept without rendering only when everything it shows is
/// unchanged and its published file is intact, and a site generated with the cache is byte for byte the site
/// generated without it.</summary>
public sealed class PageCacheTests : IDisposable
{
    private const string BbcArticle = "articles/2007/10/12/us-and-russia-fail-to-bridge-gap.md";
    private readonly TemporaryDirectory _work = new();
    private readonly string _content;

    public PageCacheTests()
    {
        _content = Path.Combine(_work.FullPath, "content");
        _work.CopyFrom(RepositoryPaths.Content, "content");
    }

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Unchanged_pages_are_kept_edited_ones_rendered_and_the_site_equals_a_fresh_one()
    {
        var (project, articles, _) = SiteBuilder.Load(_content);
        var cache = new PageCache();
        var first = Generate(project, articles, "site", cache);
        Assert.Equal(first.PageCount, cache.LastRendered);

        Generate(project, articles, "site", cache);
        var unchanged = cache.LastRendered;
        // Only the pages that show the whole corpus (home, indexes, archive, statistics) render again; every article
        // page, list page, rule page, the search page and 404 are kept.
        Assert.InRange(unchanged, 1, 8);

        // The same article objects except the edited one, as the server's article cache hands them over.
        var article = Path.Combine(_content, BbcArticle);
        File.WriteAllText(article, File.ReadAllText(article).Replace("title: ", "title: Edited: ", StringComparison.Ordinal));
        var reloaded = SiteBuilder.Load(_content).Articles;
        var edited = articles.Select(a => a.Path == BbcArticle ? reloaded.Single(r => r.Path == BbcArticle) : a).ToList();
        Generate(project, edited, "site", cache);
        Assert.InRange(cache.LastRendered, unchanged + 1, first.PageCount - 1);

        Generate(project, edited, "fresh", cache: null);
        DirectoryAssert.SameFiles(Path.Combine(_work.FullPath, "fresh"), Path.Combine(_work.FullPath, "site"));

        // A deleted article: its words stay in the kept vocabulary but must not reach the search index.
        var remaining = edited.Where(a => a.Path != BbcArticle).ToList();
        Generate(project, remaining, "site", cache);
        Generate(project, remaining, "fresh-after-delete", cache: null);
        DirectoryAssert.SameFiles(Path.Combine(_work.FullPath, "fresh-after-delete"), Path.Combine(_work.FullPath, "site"));
    }

    [Fact]
    public void An_unchanged_article_whose_page_moves_gets_new_data_rows()
    {
        var (project, articles, _) = SiteBuilder.Load(_content);
        var cache = new PageCache();
        Generate(project, articles, "site", cache);

        // A twin dated the same day with the same file name, sorted first: it takes the page address, and the unchanged
        // BBC article (the same parse) moves to "-2", so its lines in corpus.jsonl and articles.csv must change.
        _work.Write("content/articles/2007/10/11/us-and-russia-fail-to-bridge-gap.md",
            "---\ntitle: A twin\nsource: bbc-news\nauthors: [Rupert Wingfield-Hayes]\npublished: 2007-10-12T09:00:00+00:00\n---\nA short story of its own, about something else entirely.\n");
        var withTwin = SiteBuilder.Load(_content).Articles.Select(r => articles.SingleOrDefault(a => a.Path == r.Path) ?? r).ToList();
        Generate(project, withTwin, "site", cache);
        Generate(project, withTwin, "fresh", cache: null);

        Assert.Contains("us-and-russia-fail-to-bridge-gap-2/", File.ReadAllText(Path.Combine(_work.FullPath, "site", "articles.csv")), StringComparison.Ordinal);
        DirectoryAssert.SameFiles(Path.Combine(_work.FullPath, "fresh"), Path.Combine(_work.FullPath, "site"));
    }

    [Fact]
    public void A_site_published_by_another_build_in_between_is_not_trusted()
    {
        var (project, articles, _) = SiteBuilder.Load(_content);
        var cache = new PageCache();
        Generate(project, articles, "site", cache);

        // Another build (in MSBuild's process, without this cache) publishes the same folder with an edited title…
        var article = Path.Combine(_content, BbcArticle);
        var original = File.ReadAllText(article);
        File.WriteAllText(article, original.Replace("title: ", "title: Edited: ", StringComparison.Ordinal));
        Generate(project, SiteBuilder.Load(_content).Articles, "site", cache: null);

        // …then the title is put back: every page the cache remembers for these inputs must be written again.
        File.WriteAllText(article, original);
        Generate(project, articles, "site", cache);
        Generate(project, articles, "fresh", cache: null);
        DirectoryAssert.SameFiles(Path.Combine(_work.FullPath, "fresh"), Path.Combine(_work.FullPath, "site"));
    }

    [Fact]
    public void A_published_page_deleted_by_hand_is_rendered_again()
    {
        var (project, articles, _) = SiteBuilder.Load(_content);
        var cache = new PageCache();
        Generate(project, articles, "site", cache);
        var page = Directory.EnumerateFiles(Path.Combine(_work.FullPath, "site", "articles"), "index.html", SearchOption.AllDirectories).First();
        var bytes = File.ReadAllBytes(page);
        File.Delete(page);

        Generate(project, articles, "site", cache);

        Assert.Equal(bytes, File.ReadAllBytes(page));
    }

    [Fact]
    public void A_deferred_manifest_is_saved_when_asked_or_before_the_next_generation_and_then_trusted()
    {
        var (project, articles, _) = SiteBuilder.Load(_content);
        var cache = new PageCache { DeferManifestSave = true };
        var manifest = Path.Combine(_work.FullPath, "obj", "site.manifest");
        var site = Path.Combine(_work.FullPath, "site");

        Generate(project, articles, "site", cache);
        Assert.False(File.Exists(manifest));
        cache.SaveManifest();
        AssertListsEveryFile();

        // Not saved by the owner this time: the next generation saves it before it starts, and trusts it.
        var article = Path.Combine(_content, BbcArticle);
        File.WriteAllText(article, File.ReadAllText(article).Replace("title: ", "title: Edited: ", StringComparison.Ordinal));
        var reloaded = SiteBuilder.Load(_content).Articles;
        var edited = articles.Select(a => a.Path == BbcArticle ? reloaded.Single(r => r.Path == BbcArticle) : a).ToList();
        Generate(project, edited, "site", cache);
        var before = File.GetLastWriteTimeUtc(manifest);
        Generate(project, edited, "site", cache);
        Assert.NotEqual(before, File.GetLastWriteTimeUtc(manifest));
        Assert.InRange(cache.LastRendered, 1, 8);
        cache.SaveManifest();
        AssertListsEveryFile();
        Generate(project, edited, "fresh", cache: null);
        DirectoryAssert.SameFiles(Path.Combine(_work.FullPath, "fresh"), site);

        void AssertListsEveryFile()
        {
            var saved = SiteManifest.Load(manifest, site);
            Assert.NotNull(saved);
            var files = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'));
            Assert.Equal(files.Order(StringComparer.Ordinal), saved.Entries.Keys.Order(StringComparer.Ordinal));
            Assert.All(saved.Entries, e => Assert.Equal(File.GetLastWriteTimeUtc(Path.Combine(site, e.Key)).Ticks, e.Value.LastWriteTicks));
        }
    }

    [Fact]
    public void A_manifest_of_the_earlier_version_is_not_read_and_its_hashes_do_not_keep_a_changed_file()
    {
        var (project, articles, _) = SiteBuilder.Load(_content);
        Generate(project, articles, "site", cache: null);
        var site = Path.Combine(_work.FullPath, "site");
        var manifest = Path.Combine(_work.FullPath, "obj", "site.manifest");
        Assert.NotNull(SiteManifest.Load(manifest, site));

        // Version 1 recorded SHA-256 hashes: as a file of that version, the manifest says nothing (bytes are compared).
        var lines = File.ReadAllLines(manifest);
        Assert.StartsWith("contentcheck-site-manifest 2 ", lines[0], StringComparison.Ordinal);
        lines[0] = lines[0].Replace("contentcheck-site-manifest 2 ", "contentcheck-site-manifest 1 ", StringComparison.Ordinal);
        File.WriteAllLines(manifest, lines);
        Assert.Null(SiteManifest.Load(manifest, site));

        var article = Path.Combine(_content, BbcArticle);
        File.WriteAllText(article, File.ReadAllText(article).Replace("title: ", "title: Edited: ", StringComparison.Ordinal));
        var edited = SiteBuilder.Load(_content).Articles;
        Generate(project, edited, "site", cache: null);
        Generate(project, edited, "fresh", cache: null);
        DirectoryAssert.SameFiles(Path.Combine(_work.FullPath, "fresh"), site);
    }

    [Fact]
    public void A_deferred_manifest_that_cannot_be_saved_costs_the_next_generation_its_trust_not_its_site()
    {
        var (project, articles, _) = SiteBuilder.Load(_content);
        var cache = new PageCache { DeferManifestSave = true };
        // The manifest's folder is a file: saving it fails.
        var blocker = Path.Combine(_work.FullPath, "not-a-folder");
        File.WriteAllText(blocker, "a file where the manifest's folder would go");
        var options = new SiteOptions(Path.Combine(_work.FullPath, "site"))
        {
            ManifestPath = Path.Combine(blocker, "site.manifest"),
            Rules = SiteBuilder.RuleDescriptors(),
            PageCache = cache,
        };
        var first = SiteGenerator.Generate(project, articles, options);

        cache.SaveManifest();
        SiteGenerator.Generate(project, articles, options);

        Assert.Equal(first.PageCount, cache.LastRendered);
        Generate(project, articles, "fresh", cache: null);
        DirectoryAssert.SameFiles(Path.Combine(_work.FullPath, "fresh"), Path.Combine(_work.FullPath, "site"));
    }

    private SiteResult Generate(ContentCheck.Project.ContentProject project, IReadOnlyList<Article> articles, string folder, PageCache? cache) =>
        SiteGenerator.Generate(project, articles, new SiteOptions(Path.Combine(_work.FullPath, folder))
        {
            ManifestPath = Path.Combine(_work.FullPath, "obj", folder + ".manifest"),
            Rules = SiteBuilder.RuleDescriptors(),
            PageCache = cache,
        });
}
