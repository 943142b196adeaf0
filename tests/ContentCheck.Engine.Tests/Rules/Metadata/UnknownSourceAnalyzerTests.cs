using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Project;
using ContentCheck.Rules.Metadata;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Rules.Metadata;

public sealed class UnknownSourceAnalyzerTests
{
    private readonly UnknownSourceAnalyzer _analyzer = new();

    [Fact]
    public void Good_known_source() => RuleTester.Verify(_analyzer, "---\nsource: bbc-news\n---\n");

    [Fact]
    public void Good_any_source_without_sources_yml() =>
        RuleTester.Verify(_analyzer, "---\nsource: reuters\n---\n", project: TestProjects.WithoutRegistries);

    [Fact]
    public void Bad_typo_suggests_the_nearest_id()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\nsource: [|bbc-new|]\n---\n"));
        Assert.Equal("'bbc-new' is not a source in sources.yml; did you mean 'bbc-news'?", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_quoted_value_is_spanned_with_its_quotes() =>
        RuleTester.Verify(_analyzer, "---\nsource: [|\"xinhau\"|]\n---\n");

    [Fact]
    public void Bad_unrelated_id_lists_the_known_ids()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\nsource: [|reuters|]\n---\n"));
        Assert.Equal("'reuters' is not a source in sources.yml; the sources are bbc-news, wire-service, xinhua; use one of them or add 'reuters' to sources.yml", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_unrelated_id_lists_at_most_ten()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("sources.yml", string.Concat(Enumerable.Range(10, 12).Select(i => $"- id: outlet-{i}\n")));
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\nsource: [|reuters|]\n---\n", project: ContentProjectLoader.Load(directory.FullPath)));
        Assert.Contains("the sources are outlet-10, outlet-11, outlet-12, outlet-13, outlet-14, outlet-15, outlet-16, outlet-17, outlet-18, outlet-19 and 2 more;", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_empty_registry_says_how_to_add_the_source()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("sources.yml", "");
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\nsource: [|reuters|]\n---\n", project: ContentProjectLoader.Load(directory.FullPath)));
        Assert.Contains("add an entry '- id: reuters'", diagnostic.GetMessage());
    }
}
