using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Corpus;

namespace ContentCheck.Engine.Tests.Rules.Corpus;

public sealed class DuplicateUrlAnalyzerTests
{
    private readonly DuplicateUrlAnalyzer _analyzer = new();

    private static string Article(string url) => $"---\ntitle: A story\nsource: bbc-news\nurl: {url}\n---\n\nText.\n";

    [Fact]
    public void The_later_article_is_reported_at_its_url_value_and_the_message_names_the_first_file()
    {
        var diagnostic = Assert.Single(CorpusRuleTester.Verify(_analyzer,
            ("articles/2007/10/12/first.md", Article("http://news.bbc.co.uk/2/hi/europe/7042058.stm")),
            ("articles/2007/10/13/second.md", Article("[|http://news.bbc.co.uk/2/hi/europe/7042058.stm|]"))));
        Assert.Equal("articles/2007/10/13/second.md(4,6,4,51): warning CC5001: This url is the same address as the url of articles/2007/10/12/first.md; "
            + "an original is archived once: delete this copy, or correct the url if this is another story", diagnostic.ToString());
    }

    [Theory]
    [InlineData("https://news.bbc.co.uk/2/hi/europe/7042058.stm", "HTTPS://NEWS.BBC.CO.UK/2/hi/europe/7042058.stm")]
    [InlineData("https://news.bbc.co.uk/2/hi/europe/7042058.stm", "http://news.bbc.co.uk/2/hi/europe/7042058.stm")]
    [InlineData("https://news.bbc.co.uk/2/hi/europe/7042058.stm", "https://news.bbc.co.uk:443/2/hi/europe/7042058.stm")]
    [InlineData("http://news.bbc.co.uk/2/hi/europe/7042058.stm", "http://news.bbc.co.uk:80/2/hi/europe/7042058.stm")]
    [InlineData("https://www.bbc.com/news/world", "https://www.bbc.com/news/world/")]
    [InlineData("https://www.bbc.com", "https://www.bbc.com/")]
    [InlineData("https://www.bbc.com/news/world", "https://www.bbc.com/news/world#comments")]
    [InlineData("https://www.bbc.com/news/world", "https://www.bbc.com/news/world?utm_source=rss&utm_medium=feed")]
    [InlineData("https://x.example/a?id=7", "https://x.example/a?UTM_campaign=z&id=7")]
    [InlineData("https://x.example/a?id=7&utm_source=rss", "https://x.example/a?id=7")]
    [InlineData("not a url", "  not a url  ")]
    public void Spellings_of_one_address_are_duplicates(string first, string second) =>
        CorpusRuleTester.Verify(_analyzer,
            ("articles/2007/10/12/first.md", Article(first)),
            ("articles/2007/10/13/second.md", Article($"[|\"{second}\"|]")));

    [Theory]
    [InlineData("https://news.bbc.co.uk/2/hi/europe/7042058.stm", "https://news.bbc.co.uk/2/hi/europe/7042059.stm")]
    [InlineData("https://news.bbc.co.uk/Story", "https://news.bbc.co.uk/story")]
    [InlineData("https://x.example/a?id=7", "https://x.example/a?id=8")]
    [InlineData("https://x.example/a?id=7&page=2", "https://x.example/a?page=2&id=7")]
    [InlineData("https://x.example:8080/a", "https://x.example/a")]
    [InlineData("https://www.bbc.com/news", "https://bbc.com/news")]
    public void Different_addresses_are_not_reported(string first, string second) =>
        CorpusRuleTester.Verify(_analyzer,
            ("articles/2007/10/12/first.md", Article(first)),
            ("articles/2007/10/13/second.md", Article(second)));

    [Fact]
    public void Every_later_copy_names_the_first_article()
    {
        var diagnostics = CorpusRuleTester.Verify(_analyzer,
            ("articles/2007/10/12/a.md", Article("https://x.example/s")),
            ("articles/2007/10/13/b.md", Article("[|https://x.example/s/|]")),
            ("articles/2007/10/14/c.md", Article("https://x.example/other")),
            ("articles/2007/10/15/d.md", Article("[|https://X.example/s|]")));
        Assert.All(diagnostics, d => Assert.Contains("the url of articles/2007/10/12/a.md;", d.GetMessage()));
    }

    [Fact]
    public void Articles_without_url_and_the_order_of_input_do_not_matter()
    {
        // The runner orders articles by path, so the earlier path is "first" whatever order they were given in.
        CorpusRuleTester.Verify(_analyzer,
            ("articles/2009/01/01/late.md", Article("[|https://x.example/s|]")),
            ("articles/2001/01/01/none.md", "---\ntitle: No url\n---\n\nText.\n"),
            ("articles/2002/01/01/early.md", Article("https://x.example/s")));
    }
}
