using System.Text.Json;
using ContentCheck.Site.Tests.Infrastructure;

namespace ContentCheck.Site.Tests;

/// <summary>The site of a generated corpus of a few hundred articles: links, the fixed-size home page, pagination and
/// the sharded search index.</summary>
public sealed class GeneratedCorpusSiteTests(SyntheticSite fixture) : IClassFixture<SyntheticSite>
{
    private GeneratedSite Site => fixture.Site;

    [Fact]
    public void Every_internal_link_and_anchor_of_every_page_resolves()
    {
        Assert.Empty(LinkChecker.FindBrokenLinks(Site));
    }

    [Fact]
    public void The_home_page_lists_the_newest_fifty_and_links_every_year_of_the_archive()
    {
        var home = Site.Parse("index.html");
        var items = home.QuerySelectorAll(".article-list li time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.Equal(50, items.Count);
        Assert.Equal(items.OrderByDescending(d => DateTimeOffset.Parse(d, System.Globalization.CultureInfo.InvariantCulture)), items);
        var years = home.QuerySelectorAll(".term-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(Site.Pages.Where(p => System.Text.RegularExpressions.Regex.IsMatch(p, "^archive/[0-9]{4}/index.html$")).OrderDescending(StringComparer.Ordinal), years);
        Assert.Contains($"The 50 newest of {SyntheticSite.ArticleCount} articles", home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void List_pages_are_paginated_by_fifty_and_link_to_each_other()
    {
        var first = Site.Parse("topics/diplomacy/index.html");
        Assert.Equal(50, first.QuerySelectorAll(".article-list li").Length);
        Assert.Equal("../../topics/diplomacy/page/2/index.html", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        var second = Site.Parse("topics/diplomacy/page/2/index.html");
        Assert.Equal("../../../../topics/diplomacy/index.html", second.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_search_index_has_a_card_for_every_article_and_every_shard_it_names()
    {
        var manifest = Site.Read("search/index.js");
        var json = JsonDocument.Parse(manifest.Substring(manifest.IndexOf('{', StringComparison.Ordinal)).TrimEnd().TrimEnd(';')).RootElement;
        Assert.Equal(SyntheticSite.ArticleCount, json.GetProperty("articles").GetInt32());
        var shards = json.GetProperty("shards").EnumerateArray().Select(s => "search/words/" + s.GetString() + ".js").ToList();
        Assert.True(shards.Count > 20, $"{shards.Count} shards");
        Assert.Equal(shards.Order(StringComparer.Ordinal), Site.Files.Where(f => f.StartsWith("search/words/", StringComparison.Ordinal)));
        var chunks = Site.Files.Where(f => f.StartsWith("search/docs/", StringComparison.Ordinal)).ToList();
        Assert.Equal((SyntheticSite.ArticleCount + 99) / 100, chunks.Count);
        Assert.True(new FileInfo(Path.Combine(Site.Root, shards[0])).Length < 200_000);
    }
}
