using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Hygiene;

namespace ContentCheck.Engine.Tests.Rules.Hygiene;

public sealed class MojibakeAnalyzerTests
{
    private readonly MojibakeAnalyzer _analyzer = new();

    [Fact]
    public void Real_text_in_latin_scripts_is_not_mojibake() => RuleTester.Verify(_analyzer, "---\ntitle: São Paulo café\n---\n" +
        "“Quoted,” he said — it’s 5 °C… Ångström, Ça va, À bientôt, Æsir, Œuvre, ÉTATS-UNIS, CAFÉ », voilà\u00A0» and Ü-Boot © 2008.\n" +
        "Москва, 北京, Ελλάδα, İstanbul, Łódź, Dvořák.\n");

    [Fact]
    public void Damaged_runs_are_reported_with_their_repair()
    {
        var diagnostics = RuleTester.Verify(_analyzer, "---\ntitle: [|Ã©|]tude\n---\n" +
            "[|â€œ|]The United States reaffirmed[|â€¦|] its willingness[|â€\u009D|] and Russia[|â€™|]s caf[|Ã©Â\u00A0|]menu.\n" +
            "Double damage: [|Ã¢â‚¬Å“|]quoted.\n" +
            "A lost byte: [|â€|] here.\n");
        Assert.Equal(
            new[] { "é", "“", "…", "”", "’", "é\u00A0", "“", "”" },
            diagnostics.Select(d => Repair(d.GetMessage())).ToArray());
    }

    /// <summary>The repair a message proposes, with "U+00A0" read back as the character.</summary>
    private static string Repair(string message) =>
        System.Text.RegularExpressions.Regex.Match(message, "replace it with '([^']*)'").Groups[1].Value.Replace("U+00A0", "\u00A0");

    [Fact]
    public void Message_names_the_damage_and_the_fix()
    {
        var diagnostic = Assert.Single(RuleTester.Run(_analyzer, "---\ntitle: x\n---\nnations[|â€™|] foreign\n".Replace("[|", "").Replace("|]", "")));
        Assert.Equal("'â€™' is damaged text: UTF-8 that was read as Windows-1252 on its way here; replace it with '’'", diagnostic.GetMessage());
        Assert.Equal("4,8,4,11", diagnostic.Location.LineSpan.ToString());
    }

    [Fact]
    public void A_lost_byte_is_a_best_guess_and_says_so()
    {
        var diagnostic = Assert.Single(RuleTester.Run(_analyzer, "---\ntitle: x\n---\nâ€ here\n"));
        Assert.EndsWith("replace it with '”' (a byte of the original was lost, so check the original: it may have been another quotation mark or dash)", diagnostic.GetMessage());
    }
}
