using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Metadata;

namespace ContentCheck.Engine.Tests.Rules.Metadata;

public sealed class MissingFrontMatterAnalyzerTests
{
    private readonly MissingFrontMatterAnalyzer _analyzer = new();

    [Fact]
    public void Good_article_with_front_matter_has_no_diagnostic() => RuleTester.Verify(_analyzer, """
        ---
        title: A title
        ---
        Body.
        """);

    [Fact]
    public void Bad_first_line_is_not_a_fence() => RuleTester.Verify(_analyzer, """
        [|US and Russia fail to bridge gap|]

        It is not unusual for senior diplomats to disagree.
        """);

    [Fact]
    public void Bad_front_matter_never_closed() => RuleTester.Verify(_analyzer, """
        [|---|]
        title: A title
        Body.
        """);

    [Fact]
    public void Bad_empty_file() => RuleTester.Verify(_analyzer, "[||]");

    [Fact]
    public void Bad_front_matter_is_a_list_not_a_mapping() => RuleTester.Verify(_analyzer, """
        ---
        [|- a
        - b|]
        ---
        Body.
        """);

    [Fact]
    public void Closing_fence_may_be_three_dots_and_trailing_spaces_are_allowed() => RuleTester.Verify(_analyzer, "---  \ntitle: x\n...\nBody\n");
}
