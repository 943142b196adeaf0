using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Hygiene;

namespace ContentCheck.Engine.Tests.Rules.Hygiene;

public sealed class EmptySectionAnalyzerTests
{
    private readonly EmptySectionAnalyzer _analyzer = new();

    private const string FrontMatter = "---\ntitle: x\n---\n";

    [Fact]
    public void Sections_with_text_or_subsections_are_fine() => RuleTester.Verify(_analyzer, FrontMatter + """
        ## Rogue states

        Text.

        ## Levers of power

        ### In Moscow

        Text.

        Setext heading
        --------------

        - a list counts as text
        """);

    [Fact]
    public void A_heading_followed_by_a_peer_or_a_parent_or_the_end_is_empty() => RuleTester.Verify(_analyzer, FrontMatter + """
        Text.

        [|## Rogue states|]

        <!-- contentcheck-disable CC3002 -->

        ## Levers of power

        Text.

        [|### Details|]

        [|## Related|]

        [|# Top|]
        """);

    [Fact]
    public void Message_names_the_section_and_what_follows()
    {
        var messages = RuleTester.Run(_analyzer, FrontMatter + "## Rogue states\n## Levers of power\n\ntext\n\n## The end ##\n").Select(d => d.GetMessage()).ToList();
        Assert.Equal(new[]
        {
            "The section 'Rogue states' has no text: the heading 'Levers of power' follows directly; write the section or delete its heading",
            "The section 'The end' has no text: the article ends right after its heading; write the section or delete its heading",
        }, messages);
    }
}
