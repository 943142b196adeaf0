using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules;
using ContentCheck.Rules.Hygiene;

namespace ContentCheck.Engine.Tests.Rules.Hygiene;

public sealed class RawHtmlAnalyzerTests
{
    private readonly RawHtmlAnalyzer _analyzer = new();

    private const string FrontMatter = "---\ntitle: x\n---\n";

    [Fact]
    public void Markdown_autolinks_and_suppression_comments_are_fine() => RuleTester.Verify(_analyzer, FrontMatter + """
        Text with **bold**, a <https://example.org/> autolink and 3 < 4 > 2.

        <!-- contentcheck-disable CC3002 -->
        "A quotation nobody said," goes here.
        <!-- contentcheck-restore CC3002 -->

        Inline <!-- contentcheck-disable-next-line CC3005 --> comment.

        <!-- an editor's note -->

        ```html
        <b>code is not HTML</b>
        ```
        """);

    [Fact]
    public void Html_blocks_and_inline_elements_are_reported_once_each() => RuleTester.Verify(_analyzer, FrontMatter + """
        [|<div class="caption">
        Photo: Reuters
        </div>|]

        Text with [|<b>bold</b>|] and [|<a href="https://example.org/">a link</a>|], a break[|<br>|]and [|<span>|]an unclosed tag.

        A stray closing tag[|</i>|] and [|<img src="x.jpg" alt="x"/>|].
        """);

    [Fact]
    public void Comments_are_reported_when_the_option_asks()
    {
        var configuration = new OptionConfiguration(RuleIds.RawHtml, RawHtmlAnalyzer.ReportCommentsOption, "true");
        RuleTester.Verify(_analyzer, FrontMatter + """
            [|<!-- S BO -->|]

            Text [|<!-- E SF -->|] here.

            <!-- contentcheck-disable CC3002 -->
            """, configuration: configuration);
    }

    [Fact]
    public void Message_gives_the_markdown_equivalent()
    {
        var diagnostic = Assert.Single(RuleTester.Run(_analyzer, FrontMatter + "Some <strong>bold</strong> text.\n"));
        Assert.Equal("Raw HTML '<strong>bold</strong>' in the body; write **bold** in Markdown", diagnostic.GetMessage());
        Assert.Equal("4,6,4,27", diagnostic.Location.LineSpan.ToString());
    }
}
