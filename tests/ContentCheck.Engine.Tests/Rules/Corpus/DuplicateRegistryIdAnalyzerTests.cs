using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Corpus;

namespace ContentCheck.Engine.Tests.Rules.Corpus;

public sealed class DuplicateRegistryIdAnalyzerTests
{
    private readonly DuplicateRegistryIdAnalyzer _analyzer = new();

    [Fact]
    public void The_second_entry_is_reported_at_its_id_with_the_line_of_the_first()
    {
        var diagnostic = Assert.Single(CorpusRuleTester.Verify(_analyzer,
            ("people.yml", """
                - id: sergey-lavrov
                  name: Sergey Lavrov
                - id: condoleezza-rice
                  name: Condoleezza Rice
                - id: [|sergey-lavrov|]
                  name: Sergei Lavrov
                """)));
        Assert.Equal("people.yml(5,7,5,20): error CC5006: The id 'sergey-lavrov' is already the id of the entry at line 1 of people.yml; "
            + "articles that use it get that entry and this one is ignored: give this entry its own id, or merge the two", diagnostic.ToString());
    }

    [Fact]
    public void Every_registry_is_checked_and_each_repeat_is_reported() => CorpusRuleTester.Verify(_analyzer,
        ("sources.yml", "- id: bbc-news\n  name: BBC\n- id: [|bbc-news|]\n  name: BBC News\n- id: [|\"bbc-news\"|]\n  name: BBC again\n"),
        ("topics.yml", "- id: diplomacy\n  title: Diplomacy\n- id: Diplomacy\n  title: Capitalized is another id\n"));
}
