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
    [InlineData(40)]
    [InlineData(60)]
    [InlineData(72)]
    public void Hard_wrapped_prose_has_no_hygiene_finding(int width)
    {
        // The clean articles with every paragraph wrapped at a fixed width, as many editors save Markdown: each
        // paragraph becomes a run of short lines without final punctuation, the shape of a caption or teaser block.
        var articles = Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "articles"), "*.md", SearchOption.AllDirectories)
            .Select(f => ArticleInput.FromText(Path.GetRelativePath(RepositoryPaths.Content, f).Replace('\\', '/'), Wrap(File.ReadAllText(f), width)))
            .ToList();
        var result = new AnalysisRunner(HygieneAnalyzers.All).Run(TestProjects.Embedded(), articles, new AnalyzerOptions(RuleTester.DefaultNow));
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
    }

    private static string Wrap(string article, int width)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var line in article.Split('\n'))
        {
            var column = 0;
            foreach (var word in line.Split(' '))
            {
                if (column > 0 && column + 1 + word.Length > width)
                {
                    builder.Append('\n');
                    column = 0;
                }
                else if (column > 0)
                {
                    builder.Append(' ');
                    column++;
                }
                builder.Append(word);
                column += word.Length;
            }
            builder.Append('\n');
        }
        return builder.ToString();
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
