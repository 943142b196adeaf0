using System.Text.Json;
using System.Xml.Linq;
using ContentCheck.Site.Tests.Infrastructure;

namespace ContentCheck.Site.Tests;

/// <summary>The machine-readable parts of the site: feed, sitemap, JSON-LD, data files, and the other page kinds.</summary>
public sealed class SiteFormatsTests(EmbeddedContentSite fixture) : IClassFixture<EmbeddedContentSite>
{
    private GeneratedSite Site => fixture.Site;

    [Fact]
    public void The_feed_is_atom_with_one_entry_per_article_newest_first()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Load(Path.Combine(Site.Root, "feed.xml")).Root!;
        Assert.Equal(atom + "feed", feed.Name);
        var entries = feed.Elements(atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal("https://example.org/corpus/articles/2008/03/18/russia-us-talks-on-missile-shield-see-no-breakthrough/", entries[0].Element(atom + "id")!.Value);
        Assert.Equal("2008-03-18T00:00:00+00:00", feed.Element(atom + "updated")!.Value);
        Assert.All(entries, e => Assert.NotNull(e.Element(atom + "author")));
    }

    [Fact]
    public void The_sitemap_lists_every_page_but_404_with_absolute_addresses()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Load(Path.Combine(Site.Root, "sitemap.xml")).Root!.Elements(sm + "url").Select(u => u.Element(sm + "loc")!.Value).ToList();
        Assert.Equal(Site.Pages.Count - 1, locations.Count);
        Assert.Contains("https://example.org/corpus/", locations);
        Assert.Contains("https://example.org/corpus/articles/2007/10/12/us-and-russia-fail-to-bridge-gap/", locations);
        Assert.DoesNotContain(locations, l => l.EndsWith("404.html", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_article_page_carries_news_article_json_ld_and_open_graph_tags()
    {
        var page = Site.Parse(Site.ArticlePage("russia-us-talks-on-missile-shield-see-no-breakthrough"));
        var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("NewsArticle", json.GetProperty("@type").GetString());
        Assert.Equal("News Analysis: Russia-U.S. talks on missile shield see no breakthrough", json.GetProperty("headline").GetString());
        Assert.Equal("2008-03-18", json.GetProperty("datePublished").GetString());
        Assert.Equal("2008-03-18", json.GetProperty("dateModified").GetString());
        Assert.Equal("Liao Lei", json.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("Xinhua News Agency", json.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("https://example.org/corpus/articles/2008/03/18/russia-us-talks-on-missile-shield-see-no-breakthrough/",
            page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
    }

    [Fact]
    public void The_corpus_is_published_as_jsonl_and_csv()
    {
        var lines = Site.Read("corpus.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("articles/2007/10/12/us-and-russia-fail-to-bridge-gap.md", first.GetProperty("path").GetString());
        Assert.StartsWith("It is not unusual for senior diplomats to disagree.", first.GetProperty("text").GetString(), StringComparison.Ordinal);
        var csv = Site.Read("articles.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, csv.Length);
        Assert.StartsWith("path,url,title,source,authors,", csv[0], StringComparison.Ordinal);
        Assert.Contains(",News Analysis: Russia-U.S. talks on missile shield see no breakthrough,xinhua,Liao Lei,Moscow,2008-03-18,,en,", csv[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sources/xinhua/index.html", "Xinhua News Agency", 1)]
    [InlineData("authors/liao-lei/index.html", "Liao Lei", 1)]
    [InlineData("topics/missile-defence/index.html", "Missile defence", 2)]
    [InlineData("people/sergey-lavrov/index.html", "Sergey Lavrov", 2)]
    [InlineData("archive/2007/index.html", "2007", 1)]
    [InlineData("archive/2008/03/index.html", "March 2008", 1)]
    public void List_pages_exist_for_sources_authors_topics_people_years_and_months(string path, string title, int count)
    {
        var page = Site.Parse(path);
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(count, page.QuerySelectorAll(".article-list li").Length);
    }

    [Fact]
    public void Each_rule_has_a_page_rendered_from_its_documentation()
    {
        var rules = SiteBuilder.RuleDescriptors();
        Assert.NotEmpty(rules);
        Assert.Equal(rules.Count, Site.Parse("rules/index.html").QuerySelectorAll("tbody tr").Length);
        var page = Site.Parse("rules/cc1001/index.html");
        Assert.Equal("CC1001: Article has no front matter", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("table"));
    }

    [Fact]
    public void The_statistics_page_draws_its_charts_as_inline_svg()
    {
        var page = Site.Parse("stats/index.html");
        var charts = page.QuerySelectorAll("figure.chart svg");
        Assert.Equal(5, charts.Length);
        Assert.All(charts, c => Assert.Equal("img", c.GetAttribute("role")));
        Assert.Equal(2, page.QuerySelectorAll("#chart-years ~ figure")[0].QuerySelectorAll("rect.bar").Length);
    }

    [Fact]
    public void The_search_index_is_sharded_by_the_first_two_letters_of_each_word()
    {
        var manifest = Script(Site.Read("search/index.js"), "window.contentCheckSearchIndex = ", ";");
        Assert.Equal(2, manifest.GetProperty("articles").GetInt32());
        Assert.Equal(["BBC News", "Xinhua News Agency"], manifest.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        var shards = manifest.GetProperty("shards").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.Contains("wa", shards);
        Assert.All(shards, s => Assert.True(File.Exists(Path.Combine(Site.Root, "search", "words", s + ".js")), s));

        // Articles are numbered newest first: the Xinhua analysis (2008) is 0, the BBC report (2007) is 1.
        var wa = Script(Site.Read("search/words/wa.js"), "contentCheckSearch.words(\"wa\", ", ");");
        Assert.Equal("[[1],[]]", wa.GetProperty("warsaw").GetRawText());
        var us = Script(Site.Read("search/words/us.js"), "contentCheckSearch.words(\"us\", ", ");");
        Assert.Equal("[[0,1],[1]]", us.GetProperty("us").GetRawText());

        var cards = Script(Site.Read("search/docs/0.js"), "contentCheckSearch.documents(0, ", ");");
        var bbc = cards[1];
        Assert.Equal("US and Russia fail to bridge gap", bbc[0].GetString());
        Assert.Equal("articles/2007/10/12/us-and-russia-fail-to-bridge-gap/index.html", bbc[1].GetString());
        Assert.Equal(0, bbc[2].GetInt32());
        Assert.Equal("2007-10-12T21:15:00+00:00", bbc[4].GetString());
        Assert.False(string.IsNullOrWhiteSpace(bbc[5].GetString()));
        Assert.True(File.Exists(Path.Combine(Site.Root, "assets", "search.js")));
    }

    /// <summary>The JSON inside a search script, between its call and its closing.</summary>
    private static JsonElement Script(string script, string prefix, string suffix)
    {
        Assert.StartsWith(prefix, script, StringComparison.Ordinal);
        var json = script.Substring(prefix.Length).TrimEnd();
        Assert.EndsWith(suffix, json, StringComparison.Ordinal);
        return JsonDocument.Parse(json.Substring(0, json.Length - suffix.Length)).RootElement;
    }

    [Fact]
    public void The_404_page_links_from_the_base_path()
    {
        var page = Site.Parse("404.html");
        Assert.Equal("/corpus/assets/site.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }
}
