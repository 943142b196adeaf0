using ContentCheck.Site.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ContentCheck.Site.Tests;

/// <summary>The gate "no accessibility violations": axe-core in chromium on the home, article, list, statistics and
/// search pages (with results shown) of the embedded site and of a generated one, served from 127.0.0.1.</summary>
public sealed class AccessibilityTests(Browser browser, EmbeddedContentSite embedded, SyntheticSite synthetic)
    : IClassFixture<Browser>, IClassFixture<EmbeddedContentSite>, IClassFixture<SyntheticSite>
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("articles/2007/10/12/us-and-russia-fail-to-bridge-gap/index.html")]
    [InlineData("topics/missile-defence/index.html")]
    [InlineData("archive/index.html")]
    [InlineData("people/index.html")]
    [InlineData("stats/index.html")]
    [InlineData("rules/cc2001/index.html")]
    [InlineData("search/index.html?q=missile")]
    [InlineData("no/such/page/")]
    public Task Pages_of_the_embedded_site_have_no_violations(string page) => AssertNoViolationsAsync(embedded.Site, page);

    [Theory]
    [InlineData("index.html")]
    [InlineData("topics/diplomacy/page/2/index.html")]
    [InlineData("stats/index.html")]
    [InlineData("search/index.html?q=the")]
    public Task Pages_of_the_generated_site_have_no_violations(string page) => AssertNoViolationsAsync(synthetic.Site, page);

    [Fact]
    public Task An_article_of_the_generated_site_has_no_violations() =>
        AssertNoViolationsAsync(synthetic.Site, synthetic.Site.Pages.First(p => p.StartsWith("articles/", StringComparison.Ordinal)));

    private async Task AssertNoViolationsAsync(GeneratedSite site, string page)
    {
        using var server = new StaticSiteServer(site.Root, site.BasePath);
        var problems = new List<string>();
        var tab = await browser.OpenAsync(problems, axe: true);
        await tab.GotoAsync(server.Url(page));
        if (page.Contains("?q=", StringComparison.Ordinal))
        {
            // The results are part of the page a reader sees: wait for them before checking.
            await tab.WaitForSelectorAsync("#search-results li");
        }

        var violations = await Browser.AxeViolationsAsync(tab);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        // A missing address is answered by 404.html with status 404: that one response is expected.
        Assert.All(problems, p => Assert.Equal("HTTP 404: " + server.Url(page), p));
        await tab.CloseAsync();
    }
}
