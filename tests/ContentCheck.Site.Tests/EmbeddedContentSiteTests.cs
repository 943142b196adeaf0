using ContentCheck.Site.Tests.Infrastructure;
using ContentCheck.Testing;

namespace ContentCheck.Site.Tests;

/// <summary>The site of the embedded content/ repo: pages, links, snapshot, confinement.</summary>
public sealed class EmbeddedContentSiteTests(EmbeddedContentSite fixture) : IClassFixture<EmbeddedContentSite>
{
    private GeneratedSite Site => fixture.Site;

    [Fact]
    public void The_embedded_content_analyzes_without_errors()
    {
        var (_, articles, result) = SiteBuilder.Load(RepositoryPaths.Content);
        Assert.Equal(2, articles.Count);
        Assert.Equal(0, result.ErrorCount);
    }

    [Theory]
    [InlineData("articles/2007/10/12/us-and-russia-fail-to-bridge-gap/index.html", "US and Russia fail to bridge gap")]
    [InlineData("articles/2008/03/18/russia-us-talks-on-missile-shield-see-no-breakthrough/index.html", "News Analysis: Russia-U.S. talks on missile shield see no breakthrough")]
    public void Each_seed_article_has_a_page_at_its_pretty_url(string path, string title)
    {
        var page = Site.Parse(path);
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector(".article-body h2"));
    }

    [Fact]
    public void The_home_page_lists_every_article_newest_first_with_source_and_date()
    {
        var items = Site.Parse("index.html").QuerySelectorAll(".article-list li").ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("articles/2008/03/18/russia-us-talks-on-missile-shield-see-no-breakthrough/index.html", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Xinhua News Agency", items[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("2008-03-18", items[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("2007-10-12T21:15:00+00:00", items[1].QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void The_metadata_panel_shows_source_link_authors_dates_topics_people_and_credit()
    {
        var page = Site.Parse(Site.ArticlePage("us-and-russia-fail-to-bridge-gap"));
        var meta = page.QuerySelector(".article-meta")!;
        Assert.Equal("https://www.bbc.co.uk/news", meta.QuerySelector("a[rel=external]")!.GetAttribute("href"));
        Assert.Contains("Rupert Wingfield-Hayes", meta.TextContent, StringComparison.Ordinal);
        Assert.Contains("Moscow", meta.TextContent, StringComparison.Ordinal);
        Assert.Equal("2007-10-12T21:15:00+00:00", meta.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("Missile defence", meta.TextContent, StringComparison.Ordinal);
        Assert.Contains("Condoleezza Rice", meta.TextContent, StringComparison.Ordinal);
        Assert.Equal("© British Broadcasting Corporation", page.QuerySelector(".article-credit")!.TextContent.Trim());
    }

    [Fact]
    public void An_article_page_matches_its_snapshot()
    {
        Snapshot.Verify(Site.Read(Site.ArticlePage("us-and-russia-fail-to-bridge-gap")), extension: "html");
    }

    [Fact]
    public void Every_internal_link_resolves_to_a_file_of_the_site()
    {
        Assert.Empty(LinkChecker.FindBrokenLinks(Site));
    }

    [Fact]
    public void The_site_makes_no_external_requests()
    {
        foreach (var page in Site.Pages)
        {
            var document = Site.Parse(page);
            var loaded = document.QuerySelectorAll("link[rel=stylesheet], link[rel=icon], link[rel=preload], script[src], img[src], iframe, object, embed, video, audio")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.LocalName);
            Assert.All(loaded, url => Assert.DoesNotContain("//", url, StringComparison.Ordinal));
        }
        Assert.DoesNotContain("url(", Site.Read("assets/site.css"), StringComparison.Ordinal);
        Assert.DoesNotContain("@import", Site.Read("assets/site.css"), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_written_beside_the_output_folder()
    {
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(fixture.Parent).Select(Path.GetFileName));
    }

    [Fact]
    public void The_result_counts_what_was_written()
    {
        var files = Site.Files;
        Assert.Equal(Site.Pages.Count, fixture.Result.PageCount);
        Assert.Equal(files.Count, fixture.Result.FilesWritten);
        Assert.Equal(files.Sum(f => new FileInfo(Path.Combine(Site.Root, f)).Length), fixture.Result.TotalBytes);
    }
}
