using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules;
using ContentCheck.Rules.Hygiene;

namespace ContentCheck.Engine.Tests.Rules.Hygiene;

public sealed class ScrapingLeftoverAnalyzerTests
{
    private readonly ScrapingLeftoverAnalyzer _analyzer = new();

    private const string FrontMatter = "---\ntitle: US and Russia fail to bridge gap\n---\n";

    // The raw BBC page: lines 1-7 are the page header (server error, masthead, media link, time stamp, title,
    // byline, outlet and dateline), 9-10 and 32-33 photo captions, 65-67 teaser links, 70 the region menu.
    // The subheadings "Rogue states" (26) and "Levers of power" (53) and every paragraph of prose are not flagged.
    [Theory]
    [InlineData(RawSeeds.Bbc, new[] { 1, 2, 3, 4, 5, 6, 7, 9, 10, 32, 33, 65, 66, 67, 70 })]
    // The raw Xinhua page: line 1 is a breadcrumb, line 3 repeats the title. The byline (5) is CC3xxx's business;
    // the subheadings (9, 27) and the one-sentence paragraph "However, there is still a long way to go." (51) are text.
    [InlineData(RawSeeds.Xinhua, new[] { 1, 3 })]
    public void Finds_exactly_the_leftovers_of_the_raw_seeds(string seed, int[] expectedLines)
    {
        var (article, header) = RawSeeds.Wrap(seed);
        var diagnostics = RuleTester.Run(_analyzer, article).Where(d => d.Id == RuleIds.ScrapingLeftover).ToList();

        var lines = diagnostics.Select(d => d.Location.LineSpan.Start.Line + 1 - header).ToArray();
        Assert.Equal(expectedLines, lines);
        foreach (var diagnostic in diagnostics)
        {
            // The span is the whole line, trimmed, and never more than one line.
            var span = diagnostic.Location.LineSpan;
            var rawLine = article.Split('\n')[span.Start.Line].TrimEnd('\r');
            Assert.Equal(span.Start.Line, span.End.Line);
            Assert.Equal(rawLine.Trim(), rawLine.Substring(span.Start.Character, span.End.Character - span.Start.Character));
        }
    }

    [Fact]
    public void Messages_say_what_each_leftover_is()
    {
        var (article, _) = RawSeeds.Wrap(RawSeeds.Bbc);
        var messages = RuleTester.Run(_analyzer, article).Select(d => d.GetMessage()).ToList();
        Assert.Contains("'[an error occurred while processing this directive]' is a server-side-include error of the web page, left in the body from the web page the article was copied from; delete the line", messages);
        Assert.Contains("'watch One-Minute World News' is a 'watch ...' media link, left in the body from the web page the article was copied from; delete the line", messages);
        Assert.Contains("'Last Updated: Friday, 12 October 2007, 21:15 GMT 22:15 UK' is a 'Last updated' time stamp, left in the body from the web page the article was copied from; delete the line", messages);
        Assert.Contains("'Americas Africa Europe Middle East South Asia Asia Pacific' is a navigation menu, left in the body from the web page the article was copied from; delete the line", messages);
        Assert.Contains("'Why Royal Ballet principal Sergei Polunin quit' is one of a run of short headline-like lines (a photo caption, teaser links to other stories or the page header), left in the body from the web page the article was copied from; delete these lines (a real subheading stands alone between blank lines, or as '## Subheading')", messages);
    }

    [Fact]
    public void Prose_headings_and_raw_subheadings_are_not_leftovers() => RuleTester.Verify(_analyzer, FrontMatter + """

        It is not unusual for senior diplomats to disagree.

        ## Rogue states

        Rogue states

        However, there is still a long way to go.

        Moscow says the radar would
        Watch Russia's every move and
        watch the talks closely, officials said.

        Has the US changed its mind?

        - Home
        - World
        - Europe

            Americas Africa Europe Middle East
        """);

    [Fact]
    public void Page_furniture_is_reported_line_by_line() => RuleTester.Verify(_analyzer, FrontMatter + """
        [|Home › World › Europe|]

        [|US and Russia fail to bridge gap|]

        Prose starts here, and it ends a sentence. [|[an error occurred while processing this directive]|]

        [|News | Sport | Weather|]

        [|Share this article|]
        [|Print|]

        [|Photo: Reuters|]

        [|Page last updated at 21:15 GMT, Friday, 12 October 2007|]

        The last paragraph of prose.

        [|Has China's housing bubble burst?|]

        [|How the world's oldest clove tree defied an empire|]
        """);

    [Fact]
    public void A_run_of_two_capitalized_lines_that_ends_a_sentence_is_prose() => RuleTester.Verify(_analyzer, FrontMatter + """
        US Secretary of State Condoleezza Rice met Russia's Foreign Minister
        Sergey Lavrov in Moscow on Friday.

        [|US Secretary of State Condoleezza Rice and Russia's Foreign Minister Sergey Lavrov|]
        [|Russia and the US remain far apart after talks in Moscow|]

        Prose again.
        """);

    [Fact]
    public void Configured_patterns_add_to_the_built_in_ones()
    {
        var configuration = new OptionConfiguration(RuleIds.ScrapingLeftover, ScrapingLeftoverAnalyzer.PatternsOption, "Copyright * Xinhua * | Editor: ??*");
        var diagnostics = RuleTester.Verify(_analyzer, FrontMatter + """
            Prose.

            [|Copyright 2008 Xinhua News Agency|]

            [|Editor:  Li Jie|]

            The editor, Li Jie, said so.

            Editor: X

            [|watch One-Minute World News|]
            """, configuration: configuration);
        Assert.Contains("boilerplate matching the configured pattern 'Copyright * Xinhua *'", diagnostics[0].GetMessage());
    }
}
