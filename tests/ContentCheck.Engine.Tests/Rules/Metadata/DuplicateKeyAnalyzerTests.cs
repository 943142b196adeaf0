using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Metadata;

namespace ContentCheck.Engine.Tests.Rules.Metadata;

public sealed class DuplicateKeyAnalyzerTests
{
    private readonly DuplicateKeyAnalyzer _analyzer = new();

    [Fact]
    public void Good_each_key_once() => RuleTester.Verify(_analyzer, """
        ---
        title: US and Russia fail to bridge gap
        source: bbc-news
        suppress: [{id: CC3002, reason: a slogan}, {id: CC3005, reason: quoted headline}]
        ---
        """);

    [Fact]
    public void Bad_second_occurrence_is_reported_and_names_the_first_line()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, """
            ---
            title: First
            source: bbc-news
            [|title|]: Second
            ---
            """));
        Assert.Equal("'title' is already set on line 2; YAML tools disagree on which of the two values wins, so keep one line and remove the other", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_third_occurrence_too_and_quoted_keys_count() => RuleTester.Verify(_analyzer, """
        ---
        source: a
        [|"source"|]: b
        [|source|]: c
        ---
        """);

    [Fact]
    public void Bad_duplicate_inside_a_nested_mapping() => RuleTester.Verify(_analyzer, """
        ---
        suppress:
          - id: CC3002
            [|id|]: CC3005
        ---
        """);
}
