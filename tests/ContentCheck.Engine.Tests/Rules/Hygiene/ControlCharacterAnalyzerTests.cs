using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Hygiene;

namespace ContentCheck.Engine.Tests.Rules.Hygiene;

public sealed class ControlCharacterAnalyzerTests
{
    private readonly ControlCharacterAnalyzer _analyzer = new();

    [Fact]
    public void Tabs_line_breaks_and_joiners_are_fine() => RuleTester.Verify(_analyzer,
        "---\r\ntitle: x\r\n---\r\nA\ttab, CRLF lines, a soft\u00ADhyphen, a no\u00A0break space, emoji \U0001F469\u200D\U0001F4BB and \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645.\r\n");

    [Fact]
    public void Controls_and_invisible_characters_are_reported_one_by_one() => RuleTester.Verify(_analyzer,
        "---\ntitle: x[|\u0007|]\n---\n" +
        "Bell[|\u0007|], escape[|\u001B|], form feed[|\u000C|], delete[|\u007F|], next line[|\u0085|], " +
        "zero[|\u200B|]width, inner BOM[|\uFEFF|] and a line[|\u2028|]separator.\n");

    [Fact]
    public void C1_characters_inside_mojibake_are_left_to_CC4003() => RuleTester.Verify(_analyzer,
        "---\ntitle: x\n---\nnations\u00E2\u0080\u0099 foreign, but a lone [|\u0099|] is reported.\n");

    [Fact]
    public void Zero_width_space_is_allowed_in_languages_written_without_spaces() => RuleTester.Verify(_analyzer,
        "---\ntitle: x\nlanguage: th\n---\n\u0E20\u0E32\u0E29\u0E32\u200B\u0E44\u0E17\u0E22 and [|\u0007|]\n");

    [Fact]
    public void Message_names_the_character()
    {
        var diagnostic = Assert.Single(RuleTester.Run(_analyzer, "---\ntitle: x\n---\nzero\u200Bwidth\n"));
        Assert.Equal("The text contains the invisible character U+200B (ZERO WIDTH SPACE); delete it (it splits the word it sits in for search; for Thai, Lao, Khmer or Burmese set 'language' and it is allowed)", diagnostic.GetMessage());
        Assert.Equal("4,5,4,6", diagnostic.Location.LineSpan.ToString());
    }
}
