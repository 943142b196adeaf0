using ContentCheck.Analysis;
using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Hygiene;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Rules.Hygiene;

/// <summary>The whole hygiene family on real text: the clean articles of content/ and the raw seeds.</summary>
public sealed class HygieneCorpusTests
{
    [Fact]
    public void The_clean_articles_of_content_have_no_hygiene_finding()
    {
        var articles = Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "articles"), "*.md", SearchOption.AllDirectories)
            .Select(f => ArticleInput.FromFile(f, Path.GetRelativePath(RepositoryPaths.Content, f).Replace('\\', '/')))
            .ToList();
        Assert.NotEmpty(articles);
        var result = new AnalysisRunner(HygieneAnalyzers.All).Run(TestProjects.Embedded(), articles, new AnalyzerOptions(RuleTester.DefaultNow));
        Assert.Equal(articles.Count, result.Articles.Count);
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData(RawSeeds.Bbc)]
    [InlineData(RawSeeds.Xinhua)]
    public void The_raw_seeds_have_leftovers_and_nothing_else(string seed)
    {
        var (article, _) = RawSeeds.Wrap(seed);
        var result = new AnalysisRunner(HygieneAnalyzers.All).Run(TestProjects.WithRegistries,
            new[] { ArticleInput.FromText("articles/2008/03/18/seed.md", article) }, new AnalyzerOptions(RuleTester.DefaultNow));
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal(ContentCheck.Rules.RuleIds.ScrapingLeftover, d.Id));
    }
}
