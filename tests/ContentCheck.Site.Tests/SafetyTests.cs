using ContentCheck.Site.Tests.Infrastructure;
using ContentCheck.Testing;

namespace ContentCheck.Site.Tests;

/// <summary>Hostile input yields inert output: no script, no event handler, no script URL anywhere.</summary>
public sealed class SafetyTests : IDisposable
{
    private readonly TemporaryDirectory _content = new();
    private readonly TemporaryDirectory _output = new();
    private readonly GeneratedSite _site;

    public SafetyTests()
    {
        HostileContent.WriteTo(_content);
        SiteBuilder.Generate(_content.FullPath, Path.Combine(_output.FullPath, "site"));
        _site = new GeneratedSite(Path.Combine(_output.FullPath, "site"));
    }

    public void Dispose()
    {
        _content.Dispose();
        _output.Dispose();
    }

    [Fact]
    public void The_hostile_article_is_published()
    {
        Assert.Single(_site.Pages, p => p.StartsWith("articles/2008/03/18/hostile/", StringComparison.Ordinal));
    }

    [Fact]
    public void No_page_holds_a_script_an_event_handler_or_a_script_url()
    {
        foreach (var page in _site.Pages)
        {
            var document = _site.Parse(page);
            // The only scripts: JSON-LD data, and the search page's own files (relative, from the site itself).
            Assert.All(document.QuerySelectorAll("script"), s => Assert.True(
                s.GetAttribute("type") == "application/ld+json" || s.GetAttribute("src") is "../search/index.js" or "../assets/search.js",
                $"{page}: unexpected script {s.OuterHtml}"));
            Assert.Empty(document.QuerySelectorAll("iframe, object, embed, img[onerror], [onclick], [onmouseover], [onload], [onerror]"));
            foreach (var element in document.All)
            {
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
                foreach (var url in new[] { "href", "src", "action", "formaction" }.Select(element.GetAttribute).OfType<string>())
                {
                    var compact = new string(url.Where(c => c > ' ').ToArray());
                    Assert.False(compact.Contains("script:", StringComparison.OrdinalIgnoreCase) || compact.StartsWith("data:", StringComparison.OrdinalIgnoreCase),
                        $"{page}: <{element.LocalName}> links to {url}");
                }
            }
        }
    }

    [Fact]
    public void Hostile_values_are_shown_as_text()
    {
        var page = _site.Parse(_site.ArticlePage("hostile"));
        Assert.StartsWith("<script>alert('title')</script>", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var meta = page.QuerySelector(".article-meta")!.TextContent;
        Assert.Contains("<script>alert('source')</script>", meta, StringComparison.Ordinal);
        Assert.Contains("<script>alert('author')</script>", meta, StringComparison.Ordinal);
        Assert.Contains("<iframe src=javascript:alert(1)>", meta, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert('person')>", meta, StringComparison.Ordinal);
        Assert.Contains("<b onmouseover=alert(1)>credit</b>", page.QuerySelector(".article-credit")!.TextContent, StringComparison.Ordinal);
        var body = page.QuerySelector(".article-body")!;
        Assert.Contains("<script>alert('block')</script>", body.TextContent, StringComparison.Ordinal);
        Assert.Contains("<span onclick=\"alert(1)\">", body.TextContent, StringComparison.Ordinal);
        Assert.Equal(["https://example.org/"], body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_source_homepage_that_is_not_http_is_not_a_link()
    {
        var meta = _site.Parse(_site.ArticlePage("hostile")).QuerySelector(".article-meta")!;
        Assert.Empty(meta.QuerySelectorAll("a[rel=external]"));
    }
}
