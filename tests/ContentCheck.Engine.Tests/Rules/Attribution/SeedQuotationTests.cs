using ContentCheck.Documents;
using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Attribution;
using static ContentCheck.Engine.Tests.Rules.Attribution.AttributionFixtures;

namespace ContentCheck.Engine.Tests.Rules.Attribution;

/// <summary>Every quotation of the two seed articles, classified by hand: the detector must agree on each.</summary>
public sealed class SeedQuotationTests
{
    private readonly UnattributedQuotationAnalyzer _analyzer = new();

    public static readonly string[] XinhuaQuotations =
    {
        "Attributed 38w “The United States reaffirmed its” Name told Sergey Lavrov",
        "Attributed 24w “The problem is how to” Name said Viktor Kremenyuk",
        "Attributed 12w “Both sides simply have no” Name told -",
        "Attributed 30w “a firm foundation for continuity” Name said Condoleezza Rice",
        "Short 1w “complex.”",
        "Attributed 34w “The relationship is proceeding in” Pronoun told -",
        "Attributed 43w “We had a productive and” Name said -",
        "Attributed 36w “We agreed that the work” Body said -",
        "Attributed 52w “Ten or 15 years ago,” Name said Vladimir Sizov",
        "Short 4w “always opens new possibilities”",
        "Attributed 29w “The aspiration of certain political” Body said -",
    };

    public static readonly string[] BbcQuotations =
    {
        "Short 2w “rogue states”",
        "Short 2w “rogue state”",
    };

    [Fact]
    public void Every_quotation_of_the_Xinhua_seed_is_classified_right() =>
        Assert.Equal(XinhuaQuotations, Describe(ContentArticle(XinhuaArticle)));

    [Fact]
    public void Every_quotation_of_the_BBC_seed_is_classified_right() =>
        Assert.Equal(BbcQuotations, Describe(ContentArticle(BbcArticle)));

    [Fact]
    public void The_raw_seed_files_hold_the_same_quotations() 
    {
        Assert.Equal(XinhuaQuotations, Describe(WrappedRawSeed(XinhuaRawSeed, "title: x")));
        Assert.Equal(BbcQuotations, Describe(WrappedRawSeed(BbcRawSeed, "title: x")));
    }

    [Theory]
    [InlineData(XinhuaArticle)]
    [InlineData(BbcArticle)]
    public void CC3002_reports_nothing_on_the_seed_articles(string path) =>
        RuleTester.Verify(_analyzer, ContentArticle(path), path, TestProjects.Embedded());

    [Theory]
    [InlineData(BbcRawSeed)]
    [InlineData(XinhuaRawSeed)]
    public void CC3002_reports_nothing_on_the_raw_seeds(string name) =>
        RuleTester.Verify(_analyzer, WrappedRawSeed(name, "title: x"));

    [Fact]
    public void Removing_the_speaker_of_one_seed_quotation_makes_CC3002_fire_at_that_quotation()
    {
        const string words = "We had a productive and useful discussion today. We have agreed that there should be a joint strategic framework document for the presidents to be able to record all the elements of the U.S.-Russia relationship that are put forward in the future";
        var text = ContentArticle(XinhuaArticle);
        Assert.Contains("“" + words + ",” Rice said.", text);

        // '“...,” Rice said.' becomes a bare '“....”': the quotation is now nobody's words.
        var edited = text.Replace("“" + words + ",” Rice said.", "[|“" + words + ".”|]");
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, edited, XinhuaArticle, TestProjects.Embedded()));
        Assert.StartsWith("The quotation “We had a productive and useful …” (43 words)", diagnostic.GetMessage());
    }

    [Fact]
    public void Removing_a_body_speaker_makes_CC3002_fire_too()
    {
        var text = ContentArticle(XinhuaArticle);
        const string tail = " said the top Russian diplomat.";
        Assert.Contains(tail, text);
        var open = text.IndexOf("“We agreed that", StringComparison.Ordinal);
        var close = text.IndexOf(tail, StringComparison.Ordinal);
        var edited = text.Substring(0, open) + "[|" + text.Substring(open, close - open - 2) + ".”|]" + text.Substring(close + tail.Length);
        RuleTester.Verify(_analyzer, edited, XinhuaArticle, TestProjects.Embedded());
    }

    private static string[] Describe(string article)
    {
        var document = DocumentLoader.Parse(article, "a.md", "a.md");
        return QuotationAnalysis.Analyze(document, QuotationAnalysis.DefaultMinWords, SpeechVerbs.Default)
            .Select(q =>
            {
                var words = q.Text.Split(new[] { ' ', '\n' }, StringSplitOptions.RemoveEmptyEntries);
                var head = $"{q.Kind} {q.WordCount}w “{string.Join(" ", words.Take(5))}”";
                return q.Speaker is { } s ? $"{head} {s.Kind} {s.Verb} {s.FullName ?? "-"}" : head;
            })
            .ToArray();
    }
}
