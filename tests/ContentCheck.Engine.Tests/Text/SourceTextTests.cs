using ContentCheck.Text;

namespace ContentCheck.Engine.Tests.Text;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("a\nb\nc", 3)]
    [InlineData("a\r\nb\r\nc", 3)]
    [InlineData("a\rb\rc", 3)]
    [InlineData("a\r\n\rb\n\nc", 5)]
    [InlineData("", 1)]
    [InlineData("a\n", 2)]
    public void Lines_end_at_lf_crlf_and_lone_cr(string text, int lines) =>
        Assert.Equal(lines, new SourceText(text).LineCount);

    [Fact]
    public void Crlf_counts_as_one_line_break_and_two_offsets()
    {
        var text = new SourceText("ab\r\ncd\r\nef");
        Assert.Equal(new LinePosition(1, 0), text.GetLinePosition(4));
        Assert.Equal(new LinePosition(2, 1), text.GetLinePosition(9));
        // The CR and the LF belong to the line they end.
        Assert.Equal(new LinePosition(0, 2), text.GetLinePosition(2));
        Assert.Equal(new LinePosition(0, 3), text.GetLinePosition(3));
        Assert.Equal(new TextSpan(4, 2), text.GetLineSpan(1));
    }

    [Fact]
    public void Lone_cr_starts_a_line()
    {
        var text = new SourceText("ab\rcd\r\rx");
        Assert.Equal(new LinePosition(1, 1), text.GetLinePosition(4));
        Assert.Equal(new TextSpan(6, 0), text.GetLineSpan(2));
        Assert.Equal(new LinePosition(3, 0), text.GetLinePosition(7));
    }

    [Fact]
    public void A_tab_is_one_column()
    {
        var text = new SourceText("\t\tx");
        Assert.Equal("1,3", text.GetLinePosition(2).ToString());
    }

    [Theory]
    // Columns count UTF-16 code units, as Roslyn, MSBuild and VS Code do: é, € and 中 are one unit, 😀 two.
    [InlineData("é: x", 3)]
    [InlineData("€€ x", 3)]
    [InlineData("中文 x", 3)]
    [InlineData("😀 x", 3)]
    [InlineData("😀😀 x", 5)]
    public void Columns_count_utf16_code_units(string line, int column)
    {
        var text = new SourceText("first\n" + line);
        var offset = text.Text.LastIndexOf('x');
        Assert.Equal(new LinePosition(1, column), text.GetLinePosition(offset));
    }

    [Fact]
    public void The_end_of_the_text_is_a_valid_position_and_beyond_it_is_not()
    {
        var text = new SourceText("ab\ncd");
        Assert.Equal(new LinePosition(1, 2), text.GetLinePosition(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.GetLinePosition(6));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.GetLinePosition(-1));
    }

    [Fact]
    public void A_span_maps_to_one_based_msbuild_positions()
    {
        var text = new SourceText("---\r\ntitle: x\r\n");
        var span = new TextSpan(text.Text.IndexOf('x'), 1);
        Assert.Equal("2,8,2,9", text.GetLinePositionSpan(span).ToString());
        Assert.Equal("x", text.ToString(span));
    }
}
