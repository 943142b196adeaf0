using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Metadata;

namespace ContentCheck.Engine.Tests.Rules.Metadata;

public sealed class UrlAnalyzerTests
{
    private readonly UrlAnalyzer _analyzer = new();

    [Theory]
    [InlineData("http://news.bbc.co.uk/2/hi/europe/7041693.stm")]
    [InlineData("https://www.bbc.co.uk/news/world-europe-7041693")]
    [InlineData("https://bbc.co.uk/")]
    [InlineData("https://WWW.BBC.COM/news?id=1#top")]
    [InlineData("https://www.bbc.co.uk./news")]
    public void Good_addresses_on_the_source_domains(string url) =>
        RuleTester.Verify(_analyzer, $"---\nsource: bbc-news\nurl: {url}\n---\n");

    [Fact]
    public void Good_any_host_when_the_source_has_no_domains() =>
        RuleTester.Verify(_analyzer, "---\nsource: wire-service\nurl: https://www.reuters.com/a\n---\n");

    [Fact]
    public void Good_any_host_when_the_source_is_unknown() =>
        RuleTester.Verify(_analyzer, "---\nsource: reuters\nurl: https://www.reuters.com/a\n---\n");

    [Theory]
    [InlineData("https://www.reuters.com/article/idUSL12")]
    [InlineData("https://bbc.co.uk.example.net/news")]
    [InlineData("https://notbbc.co.uk/news")]
    public void Bad_host_off_the_source_domains(string url)
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, $"---\nsource: bbc-news\nurl: [|{url}|]\n---\n"));
        Assert.StartsWith($"'{new Uri(url).Host}' is not on the domains of 'bbc-news' in sources.yml (bbc.co.uk, bbc.com); correct the address", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_missing_scheme_suggests_it()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\nurl: [|www.bbc.co.uk/news/1|]\n---\n"));
        Assert.Equal("'www.bbc.co.uk/news/1' in 'url' is not an absolute http(s) address; did you mean 'https://www.bbc.co.uk/news/1'?", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("/news/1")]
    [InlineData("ftp://news.bbc.co.uk/a")]
    [InlineData("file:///c:/news.html")]
    [InlineData("https://")]
    [InlineData("mailto:news@bbc.co.uk")]
    [InlineData("see the BBC")]
    public void Bad_not_an_http_address(string url)
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, $"---\nurl: [|\"{url}\"|]\n---\n"));
        Assert.StartsWith($"'{url}' in 'url' is not an absolute http(s) address; ", diagnostic.GetMessage());
    }

    [Fact]
    public void Good_empty_or_list_values_are_left_to_other_rules() =>
        RuleTester.Verify(_analyzer, "---\nurl:\n---\n");
}
