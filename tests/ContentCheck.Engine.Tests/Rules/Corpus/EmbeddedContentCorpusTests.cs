using ContentCheck.Analysis;
using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Corpus;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Rules.Corpus;

public sealed class EmbeddedContentCorpusTests
{
    [Fact]
    public void The_embedded_content_has_no_corpus_findings()
    {
        // Including no CC5005: the reporters (rupert-wingfield-hayes, liao-lei) are in people.yml for their
        // bylines and are used through 'authors', which is why bylines count as uses.
        var articlesRoot = Path.Combine(RepositoryPaths.Content, "articles");
        var inputs = Directory.EnumerateFiles(articlesRoot, "*.md", SearchOption.AllDirectories)
            .Select(f => ArticleInput.FromFile(f, Path.GetRelativePath(RepositoryPaths.Content, f).Replace('\\', '/')))
            .ToList();
        Assert.True(inputs.Count >= 2);
        var result = new AnalysisRunner(CorpusAnalyzers.All).Run(TestProjects.Embedded(), inputs, new AnalyzerOptions(RuleTester.DefaultNow));
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
    }
}
