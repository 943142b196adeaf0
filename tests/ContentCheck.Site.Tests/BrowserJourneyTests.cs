using ContentCheck.Site.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ContentCheck.Site.Tests;

/// <summary>A reader's path through the embedded site in chromium: the home page, an article, a search for a word that
/// only the other article has, its result. Screenshots of each page are kept in artifacts/screenshots/.</summary>
public sealed class BrowserJourneyTests(Browser browser, EmbeddedContentSite embedded)
    : IClassFixture<Browser>, IClassFixture<EmbeddedContentSite>
{
    [Fact]
    public async Task A_reader_opens_an_article_from_the_home_page_then_finds_the_other_one_by_search()
    {
        using var server = new StaticSiteServer(embedded.Site.Root, embedded.Site.BasePath);
        var problems = new List<string>();
        var page = await browser.OpenAsync(problems);
        Directory.CreateDirectory(Browser.ScreenshotFolder);

        await page.GotoAsync(server.Url(""));
        Assert.Equal("ContentCheck corpus", await page.TitleAsync());
        await Screenshot(page, "home.png");

        await page.GetByRole(AriaRole.Link, new() { Name = "US and Russia fail to bridge gap" }).ClickAsync();
        await page.WaitForURLAsync(server.Url("articles/2007/10/12/us-and-russia-fail-to-bridge-gap/index.html"));
        Assert.Equal("US and Russia fail to bridge gap", await page.Locator("h1").TextContentAsync());
        await Screenshot(page, "article.png");

        // "Azerbaijan" appears only in the Xinhua analysis.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Site" }).GetByRole(AriaRole.Link, new() { Name = "Search" }).ClickAsync();
        await page.GetByLabel("Search words").FillAsync("Azerbaijan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var results = page.Locator("#search-results li");
        await Assertions.Expect(results).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("1 article found.");
        Assert.Contains("Xinhua News Agency", await results.First.TextContentAsync(), StringComparison.Ordinal);
        await Screenshot(page, "search.png");

        await results.First.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(server.Url("articles/2008/03/18/russia-us-talks-on-missile-shield-see-no-breakthrough/index.html"));
        Assert.Equal("News Analysis: Russia-U.S. talks on missile shield see no breakthrough", await page.Locator("h1").TextContentAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_search_matches_word_prefixes_ranks_title_matches_first_and_says_when_nothing_matches()
    {
        using var server = new StaticSiteServer(embedded.Site.Root, embedded.Site.BasePath);
        var problems = new List<string>();
        var page = await browser.OpenAsync(problems);

        await page.GotoAsync(server.Url("search/index.html?q=missi"));
        var links = page.Locator("#search-results li a");
        await Assertions.Expect(links).ToHaveCountAsync(2);
        // Both articles mention missiles; only the Xinhua title has a word starting with "missi".
        Assert.Equal("News Analysis: Russia-U.S. talks on missile shield see no breakthrough", await links.First.TextContentAsync());

        await page.GetByLabel("Search words").FillAsync("missile qwertyuiop");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("No article contains all of these words.");
        await Assertions.Expect(links).ToHaveCountAsync(0);
        Assert.Empty(problems);
    }

    private static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder, name), FullPage = true });
}
