using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Metadata;

namespace ContentCheck.Engine.Tests.Rules.Metadata;

public sealed class RequiredFieldMissingAnalyzerTests
{
    private readonly RequiredFieldMissingAnalyzer _analyzer = new();

    [Fact]
    public void Good_every_required_field() => RuleTester.Verify(_analyzer, """
        ---
        title: US and Russia fail to bridge gap
        source: bbc-news
        authors: [Rupert Wingfield-Hayes]
        published: 2007-10-12T21:15:00+00:00
        ---
        """);

    [Fact]
    public void Good_unsigned_source_needs_no_authors() => RuleTester.Verify(_analyzer, """
        ---
        title: Talks end
        source: wire-service
        published: 2008-03-18
        ---
        """);

    [Fact]
    public void Bad_missing_title_is_reported_at_the_opening_fence_with_an_example()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, """
            [|---|]
            source: bbc-news
            authors: [Rupert Wingfield-Hayes]
            published: 2007-10-12
            ---
            """));
        Assert.Equal("The front matter has no 'title', which every article needs; add a line such as 'title: US and Russia fail to bridge gap'", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_missing_authors_of_a_signed_source_mentions_unsigned()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, """
            [|---|]
            title: Talks
            source: xinhua
            published: 2008-03-18
            ---
            """));
        Assert.Contains("unless its source is marked 'unsigned: true' in sources.yml", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_without_sources_yml_authors_are_required() => RuleTester.Verify(_analyzer, """
        [|---|]
        title: Talks
        source: wire-service
        published: 2008-03-18
        ---
        """, project: TestProjects.WithoutRegistries);

    [Fact]
    public void Bad_empty_front_matter_misses_four_fields() => RuleTester.Verify(_analyzer, "[|[|[|[|---|]|]|]|]\n---\nBody\n");

    [Fact]
    public void Present_but_empty_is_not_missing() => RuleTester.Verify(_analyzer, """
        ---
        title:
        source: bbc-news
        authors: []
        published: 2007-10-12
        ---
        """);
}
