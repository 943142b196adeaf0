using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Attribution;
using static ContentCheck.Engine.Tests.Rules.Attribution.AttributionFixtures;

namespace ContentCheck.Engine.Tests.Rules.Attribution;

public sealed class UnknownSpeakerAnalyzerTests
{
    private const string Head = "---\ntitle: Talks\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2008-03-18\n---\n\n";
    private readonly UnknownSpeakerAnalyzer _analyzer = new();

    [Fact]
    public void Every_speaker_of_the_seed_is_in_the_embedded_people_yml() =>
        RuleTester.Verify(_analyzer, ContentArticle(XinhuaArticle), XinhuaArticle, TestProjects.Embedded());

    [Fact]
    public void With_a_smaller_people_yml_the_seed_quotes_two_unknown_people()
    {
        var text = ContentArticle(XinhuaArticle)
            .Replace("said Viktor Kremenyuk", "said [|Viktor Kremenyuk|]")
            .Replace("said Vladimir Sizov", "said [|Vladimir Sizov|]");
        var diagnostics = RuleTester.Verify(_analyzer, text, XinhuaArticle);
        Assert.Equal("'Viktor Kremenyuk' is quoted here but is not in people.yml; add the person (- id: viktor-kremenyuk, name: Viktor Kremenyuk)", diagnostics[0].GetMessage());
    }

    [Theory]
    [InlineData("“We will never accept a shield on our border,” said [|Robert Gates|].")]
    [InlineData("“We will never accept a shield on our border,” said U.S. Secretary of Defense [|Robert Gates|] in Moscow.")]
    [InlineData("Russian Defence Minister [|Anatoly Serdyukov|] told reporters: “We will never accept a shield on our border.”")]
    [InlineData("“We will never accept a shield on our border,” [|José Ramos|] said, and [|Ann O'Neil|] said, “Nor will we, at any time.”")]
    public void Named_speakers_missing_from_people_yml_are_suggested(string paragraph) =>
        RuleTester.Verify(_analyzer, Head + paragraph + "\n");

    [Theory]
    [InlineData("“We will never accept a shield on our border,” Russian Foreign Minister Sergey Lavrov said.")]
    [InlineData("“We will never accept a shield on our border,” said Sergei Lavrov.")]
    [InlineData("“We will never accept a shield on our border,” the Foreign Ministry said.")]
    [InlineData("“We will never accept a shield on our border,” said the White House.")]
    [InlineData("“We will never accept a shield on our border,” Lavrov said.")]
    [InlineData("The plan is “a bad idea,” said Robert Gates.")]
    [InlineData("“We will never accept a shield on our border,” said Xinhua News Agency.")]
    public void Known_people_bodies_surnames_and_short_quotations_are_not_reported(string paragraph) =>
        RuleTester.Verify(_analyzer, Head + paragraph + "\n");

    [Fact]
    public void A_near_spelling_of_a_known_person_suggests_an_alias()
    {
        var diagnostic = Assert.Single(RuleTester.Run(_analyzer, Head + "“We will never accept a shield on our border,” said Sergie Lavrov.\n"));
        Assert.Equal("'Sergie Lavrov' is quoted here but is not in people.yml; add the person (- id: sergie-lavrov, name: Sergie Lavrov), or, if this is another spelling of 'Sergei Lavrov' (sergey-lavrov), add 'Sergie Lavrov' to that entry's aliases", diagnostic.GetMessage());
    }

    [Fact]
    public void Without_people_yml_nothing_is_reported() =>
        RuleTester.Verify(_analyzer, Head + "“We will never accept a shield on our border,” said Robert Gates.\n", project: TestProjects.WithoutRegistries);

    [Fact]
    public void Slugs_are_ascii() => Assert.Equal("jose-ramos-horta", UnknownSpeakerAnalyzer.Slug("José Ramos-Horta"));
}
