using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Project;
using ContentCheck.Rules.Metadata;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Rules.Metadata;

public sealed class UnknownTopicAnalyzerTests
{
    private readonly UnknownTopicAnalyzer _analyzer = new();

    [Fact]
    public void Good_known_topics() => RuleTester.Verify(_analyzer, "---\ntopics: [missile-defence, diplomacy]\n---\n");

    [Fact]
    public void Good_any_topic_without_topics_yml() =>
        RuleTester.Verify(_analyzer, "---\ntopics: [anything-goes]\n---\n", project: TestProjects.WithoutRegistries);

    [Fact]
    public void Good_wrong_shapes_and_empty_items_are_left_to_other_rules() =>
        RuleTester.Verify(_analyzer, "---\ntopics: missle-defence\n---\n");

    [Fact]
    public void Bad_typo_is_reported_at_the_item_with_the_nearest_id()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\ntopics: [diplomacy, [|missle-defence|]]\n---\n"));
        Assert.Equal("'missle-defence' is not a topic in topics.yml; did you mean 'missile-defence'?", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_every_unknown_item_of_a_block_list() => RuleTester.Verify(_analyzer, """
        ---
        topics:
          - [|elections|]
          - diplomacy
          - [|"Diplomacy "|]
        ---
        """);

    [Fact]
    public void Bad_unrelated_id_lists_the_known_ids()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\ntopics: [[|weather|]]\n---\n"));
        Assert.Equal("'weather' is not a topic in topics.yml; the topics are diplomacy, missile-defence; use one of them or add 'weather' to topics.yml", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_empty_registry_says_how_to_add_the_topic()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("topics.yml", "");
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\ntopics: [[|weather|]]\n---\n", project: ContentProjectLoader.Load(directory.FullPath)));
        Assert.Equal("'weather' is not a topic in topics.yml; topics.yml lists no topics yet; add an entry '- id: weather' with its title", diagnostic.GetMessage());
    }
}
