using ContentCheck.Diagnostics;
using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Corpus;

namespace ContentCheck.Engine.Tests.Rules.Corpus;

public sealed class UnusedRegistryEntryAnalyzerTests
{
    private const string Sources = """
        - id: bbc-news
          name: BBC News
        - id: [|xinhua|]
          name: Xinhua News Agency
        """;

    private const string People = """
        - id: sergey-lavrov
          name: Sergey Lavrov
          aliases: [Sergei Lavrov]
        - id: rupert-wingfield-hayes
          name: Rupert Wingfield-Hayes
        - id: liao-lei
          name: Liao Lei
          aliases: [Lei Liao]
        - id: [|condoleezza-rice|]
          name: Condoleezza Rice
        """;

    private const string Topics = """
        - id: diplomacy
          title: Diplomacy
        - id: [|elections|]
          title: Elections
        """;

    private readonly UnusedRegistryEntryAnalyzer _analyzer = new();

    [Fact]
    public void Entries_no_article_uses_are_suggested_at_their_id()
    {
        var diagnostics = CorpusRuleTester.Verify(_analyzer,
            ("sources.yml", Sources), ("people.yml", People), ("topics.yml", Topics),
            ("articles/2007/10/12/a.md", "---\ntitle: A\nsource: bbc-news\nauthors: [Rupert Wingfield-Hayes]\ntopics: [diplomacy]\npeople: [sergey-lavrov]\n---\n"),
            // A byline that is a registered alias (in another case) uses the person too.
            ("articles/2008/03/18/b.md", "---\ntitle: B\nsource: bbc-news\nauthors: [lei liao]\n---\n"));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Equal(
            "people.yml(9,7,9,23): info CC5005: No article uses 'condoleezza-rice' from people.yml; remove the entry, or use it in an article (e.g. 'people: [condoleezza-rice]', or as a name in 'authors')",
            diagnostics.Single(d => d.Location.Path == "people.yml").ToString());
        Assert.Contains("(e.g. 'source: xinhua')", diagnostics.Single(d => d.Location.Path == "sources.yml").GetMessage());
        Assert.Contains("(e.g. 'topics: [elections]')", diagnostics.Single(d => d.Location.Path == "topics.yml").GetMessage());
    }

    [Fact]
    public void A_repeated_id_is_suggested_once() => CorpusRuleTester.Verify(_analyzer,
        ("topics.yml", "- id: [|elections|]\n  title: Elections\n- id: elections\n  title: Elections again\n"));

    [Fact]
    public void Nothing_is_suggested_while_an_article_cannot_be_read() => CorpusRuleTester.Verify(_analyzer,
        ("topics.yml", "- id: elections\n  title: Elections\n"),
        ("articles/2007/10/12/a.md", "---\ntitle: [unclosed\n---\n"));

    [Fact]
    public void Without_registry_files_there_is_nothing_to_report() =>
        Assert.Empty(CorpusRuleTester.Run(_analyzer, ("site.yml", "title: Corpus\n"), ("articles/2007/10/12/a.md", "---\ntitle: A\n---\n")));
}
