using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Hygiene;

namespace ContentCheck.Engine.Tests.Rules.Hygiene;

public sealed class NotNormalizedAnalyzerTests
{
    private readonly NotNormalizedAnalyzer _analyzer = new();

    [Fact]
    public void Composed_text_is_fine() => RuleTester.Verify(_analyzer, "---\ntitle: Caf\u00E9\n---\nDvo\u0159\u00E1k in K\u00F6ln, \u1EA0 and \uD55C\uAD6D.\n");

    [Fact]
    public void The_first_decomposed_run_of_each_line_is_reported() => RuleTester.Verify(_analyzer,
        "---\ntitle: Caf[|e\u0301|]\n---\n" +
        "Dvo[|r\u030Ca\u0301|]k and Caf" + "e\u0301 again.\n" +
        "The \u212B sign: [|\u212B|].\n".Replace("The \u212B sign: ", "The sign: "));

    [Fact]
    public void Message_shows_both_forms_with_code_points()
    {
        var diagnostic = Assert.Single(RuleTester.Run(_analyzer, "---\ntitle: x\n---\nCafe\u0301.\n"));
        Assert.Equal("'e\u0301' (U+0065 U+0301) is written in decomposed form, not Unicode NFC; replace it with its composed form '\u00E9' (U+00E9)", diagnostic.GetMessage());
        Assert.Equal("4,4,4,6", diagnostic.Location.LineSpan.ToString());
    }
}
