using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Attribution;

namespace ContentCheck.Engine.Tests.Rules.Attribution;

public sealed class UnattributedQuotationAnalyzerTests
{
    private const string Head = "---\ntitle: Talks\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2008-03-18\n---\n\n";
    private readonly UnattributedQuotationAnalyzer _analyzer = new();

    [Theory]
    [InlineData("“We will never accept a shield on our border,” Lavrov said.")]
    [InlineData("\"We will never accept a shield on our border,\" Lavrov said.")]
    [InlineData("Lavrov told reporters: “We will never accept a shield on our border.”")]
    [InlineData("“We will never accept a shield on our border,” he said.")]
    [InlineData("“We will never accept a shield on our border,” said he.")]
    [InlineData("“We will never accept a shield on our border,” the ministry said in a statement.")]
    [InlineData("“We will never accept a shield on our border,” said a report on the ministry's website.")]
    [InlineData("“We will never accept a shield on our border,” according to a statement.")]
    [InlineData("According to Lavrov, “we will never accept a shield on our border.”")]
    [InlineData("Lavrov, however, has repeatedly warned that “we will never accept a shield on our border.”")]
    [InlineData("“We will never accept a shield on our border,” insisted the top Russian diplomat.")]
    [InlineData("“We will never accept a shield on our border.” Lavrov said so twice.")]
    [InlineData("“We will never accept,” Lavrov said, “a shield on our border.”")]
    [InlineData("He smiled and added: “We will never accept a shield on our border.”")]
    [InlineData("*“We will never accept a shield on our border,”* Lavrov said.")]
    [InlineData("“We will *never* accept a shield on our border,” **Lavrov** said.")]
    [InlineData("“We will never accept a shield\non our border,” Lavrov\nsaid.")]
    public void Attributed_quotations_are_not_reported(string paragraph) => RuleTester.Verify(_analyzer, Head + paragraph + "\n");

    [Theory]
    [InlineData("Washington says the system targets \"rogue states\" towards Europe. For \"rogue state\" read Iran.")]
    [InlineData("Commenting on ties, the paper calls them “complex.”")]
    [InlineData("The change “always opens new possibilities” for relations.")]
    [InlineData("Run `echo \"we will never accept a shield on our border\"` to see it.")]
    [InlineData("The missile is 12\" long and 40\" wide, the brochure shows in a table.")]
    public void Short_quotations_code_and_inch_marks_are_not_direct_speech(string paragraph) =>
        RuleTester.Verify(_analyzer, Head + paragraph + "\n");

    [Theory]
    [InlineData("The plan was clear. [|\"We will never accept a shield on our border.\"|] The talks ended.")]
    [InlineData("[|“We will never accept a shield on our border.”|] The room went quiet. Lavrov said so twice.")]
    [InlineData("[|“We will never accept a shield on our border,”|] Lavrov thundered.")]
    [InlineData("[|“We will never accept a shield on our border,”|] the said agreement reads.")]
    [InlineData("[|“We will *never* accept a shield on our border.”|]")]
    [InlineData("Moscow does not trust the United States, [|“a country that will never accept our border.”|]")]
    public void Quotations_without_a_speaker_are_reported_at_the_quotation(string paragraph) =>
        RuleTester.Verify(_analyzer, Head + paragraph + "\n");

    [Fact]
    public void A_quotation_over_several_paragraphs_is_one_quotation_attributed_in_its_last_sentence() => RuleTester.Verify(_analyzer, Head + """
        “We will never accept a shield on our border.

        “Nor will we accept a radar in the Caucasus,” Lavrov said.

        “This one stands alone and has nobody to speak it.”
        """.Replace("“This one", "[|“This one").Replace("it.”", "it.”|]") + "\n");

    [Fact]
    public void An_unattributed_quotation_over_several_paragraphs_is_reported_from_its_opening_to_its_closing_mark() => RuleTester.Verify(_analyzer, Head + """
        The talks ended.

        [|“We will never accept a shield on our border.

        “Nor will we accept a radar in the Caucasus.”|]
        """ + "\n");

    [Fact]
    public void A_paragraph_ending_with_a_colon_introduces_the_quotation_below() => RuleTester.Verify(_analyzer, Head + """
        Lavrov told reporters:

        “We will never accept a shield on our border.”
        """ + "\n");

    [Fact]
    public void An_unclosed_quotation_ends_with_its_paragraph() => RuleTester.Verify(_analyzer, Head + """
        [|“We will never accept a shield on our border.|]

        The talks ended.
        """ + "\n");

    [Fact]
    public void Quotations_in_lists_and_block_quotes_are_read_too() => RuleTester.Verify(_analyzer, Head + """
        - [|“We will never accept a shield on our border.”|]
        > “We will never accept a radar in the Caucasus,” he said.
        """ + "\n");

    [Fact]
    public void Spans_are_right_with_CRLF_line_endings() =>
        RuleTester.Verify(_analyzer, (Head + "The talks ended.\n\n[|“We will never accept a shield on our border.”|]\n").Replace("\n", "\r\n"));

    [Fact]
    public void Min_words_option_lowers_the_threshold()
    {
        const string text = Head + "The plan is [|“a very bad idea”|] for Europe.\n";
        RuleTester.Verify(_analyzer, text, configuration: new RuleOptions(("CC3002", "min_words", "3")));
        RuleTester.Verify(_analyzer, text.Replace("[|", "").Replace("|]", ""));
    }

    [Fact]
    public void Speech_verbs_option_adds_to_the_defaults()
    {
        const string text = Head + "“We will never accept a shield on our border,” Lavrov thundered.\n";
        RuleTester.Verify(_analyzer, text, configuration: new RuleOptions(("CC3002", "speech_verbs", "thundered, put it")));
        RuleTester.Verify(_analyzer, text.Replace("“We will never", "[|“We will never").Replace("border,”", "border,”|]"));
    }

    [Fact]
    public void Message_names_the_quotation_and_the_fix()
    {
        var diagnostic = Assert.Single(RuleTester.Run(_analyzer, Head + "“We will never accept a shield on our border.”\n"));
        Assert.Equal("The quotation “We will never accept a shield …” (9 words) says nobody's words: its sentence and the next name no speaker; attribute it (e.g. '..., Sergey Lavrov said.', 'she told reporters', 'according to the ministry') or, if it is not direct speech, remove the quotation marks", diagnostic.GetMessage());
        Assert.Equal("8,1,8,47", diagnostic.Location.LineSpan.ToString());
    }
}
