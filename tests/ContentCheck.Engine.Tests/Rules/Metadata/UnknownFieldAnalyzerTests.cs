using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Metadata;

namespace ContentCheck.Engine.Tests.Rules.Metadata;

public sealed class UnknownFieldAnalyzerTests
{
    private readonly UnknownFieldAnalyzer _analyzer = new();

    [Fact]
    public void Good_schema_fields_only() => RuleTester.Verify(_analyzer, """
        ---
        title: A
        source: bbc-news
        authors: [A]
        dateline: Moscow
        published: 2008-03-18
        updated: 2008-03-19
        url: https://news.bbc.co.uk/x
        language: en
        topics: [diplomacy]
        people: [sergey-lavrov]
        summary: S
        draft: false
        suppress: [CC3002]
        ---
        """);

    [Theory]
    [InlineData("autors", "did you mean 'authors'?")]
    [InlineData("Title", "did you mean 'title'?")]
    [InlineData("pubished", "did you mean 'published'?")]
    [InlineData("photographer", "the fields are title, source, authors, dateline, published, updated, url, language, topics, people, summary, draft, suppress")]
    public void Bad_unknown_key_is_reported_at_the_key_with_a_suggestion(string key, string advice)
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, $"---\ntitle: A\n[|{key}|]: x\n---\n"));
        Assert.Equal($"'{key}' is not a front-matter field; {advice}", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_complex_key() => RuleTester.Verify(_analyzer, "---\n? [|[a, b]|]\n: c\n---\n");
}
