using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Attribution;
using static ContentCheck.Engine.Tests.Rules.Attribution.AttributionFixtures;

namespace ContentCheck.Engine.Tests.Rules.Attribution;

public sealed class NoBylineAnalyzerTests
{
    private readonly NoBylineAnalyzer _analyzer = new();

    private static string Article(string source, string authors) =>
        $"---\ntitle: Talks\nsource: {source}\nauthors: {authors}\npublished: 2008-03-18\n---\n\nText.\n";

    [Theory]
    [InlineData("xinhua", "[Liao Lei]")]
    [InlineData("bbc-news", "[Rupert Wingfield-Hayes, Staffan Persson]")]
    [InlineData("wire-service", "[Staff]")]
    [InlineData("xinhua", "[]")]
    [InlineData("xinhua", "")]
    [InlineData("xinhua", "Xinhua")]
    public void Real_names_unsigned_sources_and_what_other_rules_own_are_not_reported(string source, string authors) =>
        RuleTester.Verify(_analyzer, Article(source, authors));

    [Theory]
    [InlineData("xinhua", "[[|Xinhua|]]")]
    [InlineData("xinhua", "[[|Xinhua News Agency|]]")]
    [InlineData("xinhua", "[[|xinhua|]]")]
    [InlineData("bbc-news", "[[|BBC News|]]")]
    [InlineData("bbc-news", "[[|BBC|]]")]
    [InlineData("bbc-news", "[[|Staff|]]")]
    [InlineData("bbc-news", "[[|BBC News staff|]]")]
    [InlineData("bbc-news", "[[|Staff and agencies|]]")]
    [InlineData("bbc-news", "[[|Reuters|], [|AFP|]]")]
    [InlineData("bbc-news", "[[|Xinhua correspondent|]]")]
    [InlineData("unknown-outlet", "[[|Staff writer|]]")]
    public void Authors_naming_no_person_are_reported_at_each_entry(string source, string authors) =>
        RuleTester.Verify(_analyzer, Article(source, authors));

    [Fact]
    public void Messages_say_whether_the_byline_is_missing_or_only_padded()
    {
        var alone = Assert.Single(RuleTester.Run(_analyzer, Article("xinhua", "[Xinhua]")));
        Assert.Equal("'Xinhua' in authors is not a person, so this article has no byline, which Xinhua News Agency requires; write the reporter's name (e.g. authors: [Liao Lei]) or, if Xinhua News Agency publishes unsigned copy, set 'unsigned: true' on its entry in sources.yml", alone.GetMessage());
        var mixed = Assert.Single(RuleTester.Verify(_analyzer, "---\nsource: xinhua\nauthors:\n  - Liao Lei\n  - [|Xinhua|]\n---\n"));
        Assert.Equal("'Xinhua' in authors is not a person; remove it: Xinhua News Agency is credited by 'source:' and the site prints its credit line", mixed.GetMessage());
    }

    [Theory]
    [InlineData(XinhuaArticle)]
    [InlineData(BbcArticle)]
    public void The_seed_articles_have_bylines(string path) =>
        RuleTester.Verify(_analyzer, ContentArticle(path), path, TestProjects.Embedded());
}
