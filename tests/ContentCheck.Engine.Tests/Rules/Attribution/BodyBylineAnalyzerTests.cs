using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Attribution;
using static ContentCheck.Engine.Tests.Rules.Attribution.AttributionFixtures;

namespace ContentCheck.Engine.Tests.Rules.Attribution;

public sealed class BodyBylineAnalyzerTests
{
    private readonly BodyBylineAnalyzer _analyzer = new();

    private static string Head(string source, string authors) =>
        $"---\ntitle: Talks\nsource: {source}\nauthors: {authors}\ndateline: Moscow\npublished: 2008-03-18\n---\n\n";

    [Fact]
    public void Raw_Xinhua_seed_byline_that_agrees_is_reported_as_a_leftover()
    {
        var text = WrappedRawSeed(XinhuaRawSeed, "source: xinhua\nauthors: [Liao Lei]\npublished: 2008-03-18");
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, text.Replace("By Liao Lei, Xinhua", "[|By Liao Lei, Xinhua|]")));
        Assert.Equal("'By Liao Lei, Xinhua' repeats the byline that 'authors' already gives; delete this line: the site prints the byline from 'authors'", diagnostic.GetMessage());
    }

    [Fact]
    public void Raw_Xinhua_seed_byline_that_disagrees_names_the_stranger()
    {
        var text = WrappedRawSeed(XinhuaRawSeed, "source: xinhua\nauthors: [Li Wei]\npublished: 2008-03-18");
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, text.Replace("By Liao Lei, Xinhua", "[|By Liao Lei, Xinhua|]")));
        Assert.Equal("'By Liao Lei, Xinhua' names 'Liao Lei', who is not in 'authors' (Li Wei); put the article's real reporters in 'authors' (e.g. authors: [Liao Lei]) and delete this line", diagnostic.GetMessage());
    }

    [Fact]
    public void Raw_BBC_seed_byline_is_found_inside_the_scraped_header_block()
    {
        var text = WrappedRawSeed(BbcRawSeed, "source: bbc-news\nauthors: []\npublished: 2007-10-12");
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, text.Replace("By Rupert Wingfield-Hayes", "[|By Rupert Wingfield-Hayes|]")));
        Assert.Equal("'By Rupert Wingfield-Hayes' names 'Rupert Wingfield-Hayes', who is not in 'authors' (empty); put the article's real reporters in 'authors' (e.g. authors: [Rupert Wingfield-Hayes]) and delete this line", diagnostic.GetMessage());
        Assert.Equal("11,1,11,26", diagnostic.Location.LineSpan.ToString());
    }

    [Theory]
    [InlineData("[Sergey Lavrov]", "[|By Sergei Lavrov|]")]
    [InlineData("[Jane Doe, John Roe]", "[|BY JANE DOE AND JOHN ROE, Moscow|]")]
    [InlineData("[Jane Doe]", "[|By Jane Doe and John Roe|]")]
    [InlineData("[Jane Doe]", "*[|By Jane de Souza, Reuters|]*")]
    public void Bylines_are_read_with_aliases_places_and_outlets(string authors, string line) =>
        RuleTester.Verify(_analyzer, Head("bbc-news", authors) + line + "\n\nText.\n");

    [Theory]
    [InlineData("By Tuesday, the talks had failed.")]
    [InlineData("By Reuters")]
    [InlineData("By Staff and Agencies")]
    [InlineData("By the end of the year, Moscow had a plan.")]
    [InlineData("By Moscow")]
    public void Prose_and_credits_are_not_bylines(string line) =>
        RuleTester.Verify(_analyzer, Head("bbc-news", "[Jane Doe]") + line + "\n");

    [Fact]
    public void Only_the_top_of_the_body_is_searched() =>
        RuleTester.Verify(_analyzer, Head("bbc-news", "[Jane Doe]") + "One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nBy John Roe\n");

    [Fact]
    public void Without_front_matter_there_is_nothing_to_compare_with() =>
        RuleTester.Verify(_analyzer, "By Liao Lei, Xinhua\n\nText.\n");

    [Theory]
    [InlineData(XinhuaArticle)]
    [InlineData(BbcArticle)]
    public void The_seed_articles_have_no_byline_left_in_the_body(string path) =>
        RuleTester.Verify(_analyzer, ContentArticle(path), path, TestProjects.Embedded());
}
