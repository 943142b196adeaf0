using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Corpus;

namespace ContentCheck.Engine.Tests.Rules.Corpus;

public sealed class DuplicateBodyAnalyzerTests
{
    private const string Story = """
        It is not unusual for senior diplomats to disagree. It is, however, extremely unusual to see them do so as obviously and as publicly as the Russians and the Americans have done in Moscow.

        As Condoleezza Rice and her Russian counterpart, Sergei Lavrov, sat down to face the world's media you could have cut the atmosphere with a knife.

        Two of the world's most experienced diplomats stared straight ahead, stony faced, barely acknowledging the other's existence.

        Mr Lavrov was the first to speak and he did not pull his punches. He made it painfully clear that the talks had achieved nothing, and demanded that the United States immediately freeze its plans to deploy a missile defence system in Eastern Europe.
        """;

    private const string Other = """
        Showing his broken arm, U.S. Secretary of Defense Robert Gates denied he is a difficult negotiator in the 2-plus-2 talks with Russian counterparts, but the talks held in Moscow were seen as tough with no breakthrough on a planned U.S. missile shield in Central Europe.

        The proposed third U.S. missile shield consists of interceptor missiles in Poland and a radar station in the Czech Republic as part of its efforts to extend its missile defense system to Europe.
        """;

    private readonly DuplicateBodyAnalyzer _analyzer = new();

    private static string Article(string body) => $"---\ntitle: A story\nsource: bbc-news\n---\n\n{body}\n";

    // Wraps the first paragraph of a body in a marker for the given rule.
    private static string MarkFirstParagraph(string body, string id)
    {
        var end = body.IndexOf("\n\n", StringComparison.Ordinal);
        return "{|" + id + ":" + body.Substring(0, end) + "|}" + body.Substring(end);
    }

    [Fact]
    public void An_exact_copy_is_reported_at_its_first_paragraph_even_reformatted()
    {
        // Re-wrapped lines, emphasis, a heading mark, other capitals and punctuation: the same words.
        var reformatted = Story
            .Replace("senior diplomats", "*senior\ndiplomats*")
            .Replace("Two of the world's", "## Two of the WORLD'S")
            .Replace("knife.", "knife!");
        var diagnostic = Assert.Single(CorpusRuleTester.Verify(_analyzer,
            ("articles/2007/10/12/first.md", Article(Story)),
            ("articles/2007/10/13/other.md", Article(Other)),
            ("articles/2007/10/14/copy.md", Article(MarkFirstParagraph(reformatted, "CC5003")))));
        Assert.Equal("This article's body has the same words as the body of articles/2007/10/12/first.md; the same story is archived twice: delete one copy", diagnostic.GetMessage());
    }

    [Fact]
    public void Every_later_copy_is_reported_and_names_the_first() => Assert.All(
        CorpusRuleTester.Verify(_analyzer,
            ("articles/2007/10/12/a.md", Article(Story)),
            ("articles/2007/10/13/b.md", Article(MarkFirstParagraph(Story, "CC5003"))),
            ("articles/2007/10/14/c.md", Article(MarkFirstParagraph(Story, "CC5003")))),
        d => Assert.Contains("the body of articles/2007/10/12/a.md;", d.GetMessage()));

    [Fact]
    public void A_light_edit_is_a_near_duplicate_with_its_exact_similarity()
    {
        var edited = Story.Replace("extremely unusual", "very unusual").Replace("Sergei Lavrov", "Sergey Lavrov");
        var diagnostic = Assert.Single(CorpusRuleTester.Verify(_analyzer,
            ("articles/2007/10/12/first.md", Article(Story)),
            ("articles/2007/10/13/edited.md", Article(MarkFirstParagraph(edited, "CC5004")))));
        var percent = (int)Math.Floor(NaiveShingles.Jaccard(Story, edited) * 100);
        Assert.InRange(percent, 80, 99);
        Assert.Equal($"This article's body is {percent}% the same as the body of articles/2007/10/12/first.md (five-word runs in common); "
            + "if it is the same story, keep one copy, or give the later version as 'updated' of the first", diagnostic.GetMessage());
    }

    [Fact]
    public void A_copy_and_a_near_copy_get_one_finding_each_and_the_near_copy_names_its_closest()
    {
        var edited = Story.Replace("stony faced", "stony-eyed and grim");
        var diagnostics = CorpusRuleTester.Verify(_analyzer,
            ("articles/2007/10/12/a.md", Article(Story)),
            ("articles/2007/10/13/b.md", Article(MarkFirstParagraph(Story, "CC5003"))),
            ("articles/2007/10/14/c.md", Article(MarkFirstParagraph(edited, "CC5004"))));
        Assert.Contains("the body of articles/2007/10/12/a.md (", diagnostics.Single(d => d.Id == "CC5004").GetMessage());
    }

    [Fact]
    public void Different_stories_and_heavy_rewrites_are_not_reported()
    {
        var rewritten = string.Join(" ", NaiveShingles.Words(Story).Select((w, i) => i % 4 == 0 ? "changed" : w));
        Assert.True(NaiveShingles.Jaccard(Story, rewritten) < 0.5);
        CorpusRuleTester.Verify(_analyzer,
            ("articles/2007/10/12/a.md", Article(Story)),
            ("articles/2007/10/13/b.md", Article(Other)),
            ("articles/2007/10/14/c.md", Article(rewritten)));
    }

    [Fact]
    public void Short_bodies_are_not_compared() => CorpusRuleTester.Verify(_analyzer,
        ("articles/2007/10/12/a.md", Article("Photos: the talks in Moscow, in pictures.")),
        ("articles/2007/10/13/b.md", Article("Photos: the talks in Moscow, in pictures.")),
        ("articles/2007/10/14/c.md", Article("")),
        ("articles/2007/10/15/d.md", Article("")));

    [Theory]
    [InlineData(null, true)]
    [InlineData("0.8", true)]
    [InlineData("80%", true)]
    [InlineData("0.95", false)]
    [InlineData("95%", false)]
    [InlineData("0.2", true)]    // below 0.5: refused, the default applies
    [InlineData("high", true)]  // not a number: the default applies
    public void The_threshold_option_is_read_for_the_later_article(string? threshold, bool reported)
    {
        var edited = Story.Replace("extremely unusual", "very unusual");
        var similarity = NaiveShingles.Jaccard(Story, edited);
        Assert.InRange(similarity, 0.8, 0.95);
        var configuration = new OptionConfiguration("CC5004", "threshold", threshold, "articles/2007/10/13/edited.md");
        CorpusRuleTester.Verify(_analyzer, configuration,
            ("articles/2007/10/12/first.md", Article(Story)),
            ("articles/2007/10/13/edited.md", Article(reported ? MarkFirstParagraph(edited, "CC5004") : edited)));
    }

    [Fact]
    public void A_body_starting_with_a_heading_is_reported_at_its_first_paragraph() => CorpusRuleTester.Verify(_analyzer,
        ("articles/2007/10/12/a.md", Article("# Moscow talks\n\n" + Story)),
        ("articles/2007/10/13/b.md", Article("# Moscow talks\n\n" + MarkFirstParagraph(Story, "CC5003"))));

    /// <summary>One option for one file; every rule at its default severity.</summary>
    private sealed class OptionConfiguration(string ruleId, string key, string? value, string path) : IRuleConfiguration
    {
        public DiagnosticSeverity? GetSeverity(DiagnosticDescriptor descriptor, string file) =>
            DefaultRuleConfiguration.Instance.GetSeverity(descriptor, file);

        public string? GetOption(string rule, string optionKey, string file) =>
            rule == ruleId && optionKey == key && file == path ? value : null;
    }
}
