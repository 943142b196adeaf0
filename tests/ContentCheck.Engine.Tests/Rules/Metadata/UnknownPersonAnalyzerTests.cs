using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Metadata;

namespace ContentCheck.Engine.Tests.Rules.Metadata;

public sealed class UnknownPersonAnalyzerTests
{
    private readonly UnknownPersonAnalyzer _analyzer = new();

    [Fact]
    public void Good_known_people() => RuleTester.Verify(_analyzer, "---\npeople: [condoleezza-rice, sergey-lavrov]\n---\n");

    [Fact]
    public void Good_any_person_without_people_yml() =>
        RuleTester.Verify(_analyzer, "---\npeople: [viktor-kremenyuk]\n---\n", project: TestProjects.WithoutRegistries);

    [Fact]
    public void Bad_alias_spelling_of_the_id_suggests_the_registered_id()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\npeople: [condoleezza-rice, [|sergei-lavrov|]]\n---\n"));
        Assert.Equal("'sergei-lavrov' is not a person in people.yml; did you mean 'sergey-lavrov'?", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_unknown_person_lists_the_people()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\npeople:\n  - [|viktor-kremenyuk|]\n---\n"));
        Assert.Equal("'viktor-kremenyuk' is not a person in people.yml; the people are condoleezza-rice, sergey-lavrov; use one of them or add 'viktor-kremenyuk' to people.yml", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_source_id_in_people_is_not_taken_for_a_person() =>
        RuleTester.Verify(_analyzer, "---\nsource: bbc-news\npeople: [[|bbc-news|]]\n---\n");
}
