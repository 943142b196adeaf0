using ContentCheck.Metadata;
using ContentCheck.Project;
using ContentCheck.Site.Output;
using ContentCheck.Site.Tests.Infrastructure;
using ContentCheck.Testing;

namespace ContentCheck.Site.Tests;

/// <summary>With a page cache (the build server), the published site is checked against the folder timestamps the
/// last generation left instead of listed whole: whatever was done to the site by hand in between is still found —
/// a file added, edited in place or deleted, a folder added — and the site ends byte for byte as a fresh one.</summary>
public sealed class PublishedSiteCheckTests : IDisposable
{
    private const string BbcArticle = "articles/2007/10/12/us-and-russia-fail-to-bridge-gap.md";
    private static readonly DateTime Old = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly TemporaryDirectory _work = new();
    private readonly string _content;
    private readonly string _site;
    private readonly PageCache _cache = new();
    private readonly ContentProject _project;
    private IReadOnlyList<Article> _articles;

    public PublishedSiteCheckTests()
    {
        _content = Path.Combine(_work.FullPath, "content");
        _site = Path.Combine(_work.FullPath, "site");
        _work.CopyFrom(RepositoryPaths.Content, "content");
        (_project, _articles, _) = SiteBuilder.Load(_content);
    }

    public void Dispose() => _work.Dispose();

    [Fact]
    public void An_untouched_site_is_checked_without_listing_a_folder()
    {
        PublishAndSettle();

        Generate();

        Assert.Equal(0, _cache.LastFoldersListed);
        AssertSameAsFresh();
    }

    [Fact]
    public void Files_and_folders_added_by_hand_are_deleted_and_pages_edited_or_deleted_by_hand_are_written_again()
    {
        PublishAndSettle();
        var pages = Directory.EnumerateFiles(_site, "index.html", SearchOption.AllDirectories).Where(p => p != Path.Combine(_site, "index.html"))
            .Order(StringComparer.Ordinal).ToList();
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(pages[0])!, "stray.txt"), "not produced by the site");
        Directory.CreateDirectory(Path.Combine(_site, "by-hand", "deeper"));
        File.WriteAllText(Path.Combine(_site, "by-hand", "deeper", "note.txt"), "not produced by the site");
        File.WriteAllText(pages[1], "defaced in place");
        File.Delete(pages[2]);

        Generate();

        Assert.InRange(_cache.LastFoldersListed, 1, 10);
        AssertSameAsFresh();
    }

    [Fact]
    public void A_folder_whose_timestamp_was_recent_when_read_is_listed_even_if_its_timestamp_did_not_move()
    {
        Generate();
        var folder = Path.GetDirectoryName(Directory.EnumerateFiles(Path.Combine(_site, "articles"), "index.html", SearchOption.AllDirectories).First())!;
        AgeFolders();
        // Read within the racy window by the next generation: its timestamp is not trusted afterwards.
        var recent = DateTime.UtcNow;
        Directory.SetLastWriteTimeUtc(folder, recent);
        Generate();

        // A file added so soon after that a coarse clock leaves the folder's timestamp where it was.
        File.WriteAllText(Path.Combine(folder, "stray.txt"), "not produced by the site");
        Directory.SetLastWriteTimeUtc(folder, recent);
        Generate();

        Assert.InRange(_cache.LastFoldersListed, 1, 10);
        AssertSameAsFresh();
    }

    [Fact]
    public void A_folder_the_last_generation_wrote_into_is_listed_even_if_its_timestamp_did_not_move()
    {
        PublishAndSettle();
        var article = Path.Combine(_content, BbcArticle);
        File.WriteAllText(article, File.ReadAllText(article).Replace("senior diplomats to disagree", "senior diplomats to differ", StringComparison.Ordinal));
        var reloaded = SiteBuilder.Load(_content).Articles;
        _articles = _articles.Select(a => a.Path == BbcArticle ? reloaded.Single(r => r.Path == BbcArticle) : a).ToList();
        Generate();
        var folder = Path.Combine(_site, "articles", "2007", "10", "12", "us-and-russia-fail-to-bridge-gap");
        var written = Directory.GetLastWriteTimeUtc(folder);

        File.WriteAllText(Path.Combine(folder, "stray.txt"), "not produced by the site");
        Directory.SetLastWriteTimeUtc(folder, written);
        Generate();

        Assert.False(File.Exists(Path.Combine(folder, "stray.txt")));
        AssertSameAsFresh();
    }

    [Fact]
    public void A_page_folder_replaced_by_a_file_of_its_name_is_published_again()
    {
        PublishAndSettle();
        var folder = Path.Combine(_site, "articles", "2007", "10", "12", "us-and-russia-fail-to-bridge-gap");
        Directory.Delete(folder, recursive: true);
        File.WriteAllText(folder, "a file where the page's folder was");
        // Its time reads like that of a folder that changed (the folder above it changed too, and is listed).
        File.SetLastWriteTimeUtc(folder, DateTime.UtcNow.AddHours(-1));

        Generate();

        Assert.True(File.Exists(Path.Combine(folder, "index.html")));
        AssertSameAsFresh();
    }

    /// <summary>Publishes the site, then lets its folders' timestamps age past the racy window (as a second build a
    /// while later would find them) and generates again, which lists the site and remembers the timestamps.</summary>
    private void PublishAndSettle()
    {
        Generate();
        AgeFolders();
        Generate();
    }

    private void AgeFolders()
    {
        foreach (var folder in Directory.EnumerateDirectories(_site, "*", SearchOption.AllDirectories).Prepend(_site))
        {
            Directory.SetLastWriteTimeUtc(folder, Old);
        }
    }

    private void Generate() => SiteGenerator.Generate(_project, _articles, Options(_site, _cache));

    private void AssertSameAsFresh()
    {
        var fresh = Path.Combine(_work.FullPath, "fresh");
        SiteGenerator.Generate(_project, _articles, Options(fresh, cache: null));
        DirectoryAssert.SameFiles(fresh, _site);
    }

    private SiteOptions Options(string folder, PageCache? cache) => new(folder)
    {
        ManifestPath = Path.Combine(_work.FullPath, "obj", Path.GetFileName(folder) + ".manifest"),
        Rules = SiteBuilder.RuleDescriptors(),
        PageCache = cache,
    };
}
