using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Metadata;

namespace ContentCheck.Engine.Tests.Rules.Metadata;

public sealed class EmptyValueAnalyzerTests
{
    private readonly EmptyValueAnalyzer _analyzer = new();

    [Fact]
    public void Good_values_everywhere_and_an_empty_optional_list() => RuleTester.Verify(_analyzer, """
        ---
        title: A
        source: bbc-news
        authors: [Rupert Wingfield-Hayes]
        topics: []
        ---
        """);

    [Fact]
    public void Bad_key_without_value_is_reported_at_the_key()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\n[|title|]:\nsource: bbc-news\n---\n"));
        Assert.Equal("'title' has no value; every article needs it, e.g. 'title: US and Russia fail to bridge gap'", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_empty_quotes_and_tilde_are_reported_at_the_value() => RuleTester.Verify(_analyzer, """
        ---
        title: [|""|]
        source: [|~|]
        summary: [|"   "|]
        ---
        """);

    [Fact]
    public void Bad_empty_required_list() => RuleTester.Verify(_analyzer, "---\nsource: bbc-news\nauthors: [|[]|]\n---\n");

    [Fact]
    public void Good_empty_authors_of_an_unsigned_source() => RuleTester.Verify(_analyzer, "---\nsource: wire-service\nauthors: []\n---\n");

    [Fact]
    public void Bad_blank_optional_field_says_it_may_be_removed()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\n[|dateline|]:   \n---\n"));
        Assert.Equal("'dateline' has no value; give it a value, e.g. 'dateline: Moscow', or remove the line", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_blank_list_items() => RuleTester.Verify(_analyzer, """
        ---
        authors: [A, [|""|]]
        people:
          [|- sergey-lavrov
          -|]
        ---
        """);
}
