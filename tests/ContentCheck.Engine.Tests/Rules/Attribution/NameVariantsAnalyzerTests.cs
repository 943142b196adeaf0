using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Project;
using ContentCheck.Rules.Attribution;
using ContentCheck.Testing;
using static ContentCheck.Engine.Tests.Rules.Attribution.AttributionFixtures;

namespace ContentCheck.Engine.Tests.Rules.Attribution;

public sealed class NameVariantsAnalyzerTests
{
    private const string Head = "---\ntitle: Talks\nsource: bbc-news\nauthors: [Rupert Wingfield-Hayes]\npublished: 2007-10-12\npeople: [sergey-lavrov]\n---\n\n";
    private readonly NameVariantsAnalyzer _analyzer = new();

    [Fact]
    public void The_raw_BBC_seed_spells_Lavrov_two_ways()
    {
        var text = WrappedRawSeed(BbcRawSeed, "title: US and Russia fail to bridge gap\nsource: bbc-news\nauthors: [Rupert Wingfield-Hayes]\npublished: 2007-10-12T21:15:00+00:00\npeople: [sergey-lavrov]");
        var diagnostic = Assert.Single(RuleTester.Run(_analyzer, text, BbcArticle));
        Assert.Equal("Sergei Lavrov", text.Substring(diagnostic.Location.Span.Start, diagnostic.Location.Span.Length));
        Assert.Equal("21,50,21,63", diagnostic.Location.LineSpan.ToString());
        Assert.Equal("'Sergei Lavrov' and 'Sergey Lavrov' (line 16) are two spellings of one person (sergey-lavrov in people.yml) in this article; use one throughout, e.g. 'Sergey Lavrov'", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData(BbcArticle)]
    [InlineData(XinhuaArticle)]
    public void The_seed_articles_are_consistent(string path) =>
        RuleTester.Verify(_analyzer, ContentArticle(path), path, TestProjects.Embedded());

    [Fact]
    public void One_spelling_used_throughout_is_fine() =>
        RuleTester.Verify(_analyzer, Head + "Sergei Lavrov spoke. Later Sergei Lavrov left, and Condoleezza Rice stayed.\n");

    [Fact]
    public void The_title_counts_as_part_of_the_article() => RuleTester.Verify(_analyzer,
        Head.Replace("title: Talks", "title: Sergey Lavrov meets Rice") + "In Moscow, [|Sergei\nLavrov|] spoke first.\n");

    [Fact]
    public void Each_further_spelling_is_reported_once_at_its_first_occurrence() => RuleTester.Verify(_analyzer,
        Head + "Sergey Lavrov spoke.\n\n*[|Sergei Lavrov|]* left. Sergei Lavrov returned.\n");

    [Fact]
    public void A_short_form_is_not_another_spelling()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("people.yml", "- id: sergey-lavrov\n  name: Sergey Lavrov\n  aliases: [Sergei Lavrov, Lavrov]\n");
        var project = ContentProjectLoader.Load(directory.FullPath);
        RuleTester.Verify(_analyzer, Head + "Sergey Lavrov spoke. Lavrov left.\n", project: project);
        RuleTester.Verify(_analyzer, Head + "Lavrov spoke. Sergey Lavrov left. [|Sergei Lavrov|] returned.\n", project: project);
    }

    [Fact]
    public void Registry_name_only_option_reports_an_alias_of_a_listed_person()
    {
        const string body = "As Rice and her counterpart, Sergei Lavrov, sat down.\n";
        RuleTester.Verify(_analyzer, Head + body);
        RuleTester.Verify(_analyzer, Head + body.Replace("Sergei Lavrov", "[|Sergei Lavrov|]"),
            configuration: new RuleOptions(("CC3005", "registry_name_only", "true")));
    }

    [Fact]
    public void Without_people_yml_there_is_nothing_to_compare() =>
        RuleTester.Verify(_analyzer, Head + "Sergey Lavrov spoke. Sergei Lavrov left.\n", project: TestProjects.WithoutRegistries);
}
