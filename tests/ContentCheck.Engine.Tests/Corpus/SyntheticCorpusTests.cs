using ContentCheck.Analysis;
using ContentCheck.Corpus;
using ContentCheck.Project;
using ContentCheck.Rules;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Corpus;

/// <summary>The generated corpus is what the benchmark and the accuracy harness stand on: it must be
/// deterministic and clean under every rule (a finding on it is a false positive).</summary>
public sealed class SyntheticCorpusTests
{
    [Fact]
    public void Same_seed_gives_identical_articles_and_another_seed_differs()
    {
        Assert.Equal(new SyntheticCorpus(7).Article(12), new SyntheticCorpus(7).Article(12));
        Assert.NotEqual(new SyntheticCorpus(7).Article(12), new SyntheticCorpus(8).Article(12));
    }

    [Fact]
    public void Two_hundred_generated_articles_produce_no_diagnostic()
    {
        using var directory = new TemporaryDirectory();
        var paths = new SyntheticCorpus().Write(directory.FullPath, 200);
        var project = ContentProjectLoader.Load(directory.FullPath);
        var inputs = paths.Select(p => ArticleInput.FromFile(Path.Combine(directory.FullPath, p), p)).ToList();

        var result = new AnalysisRunner(BuiltInAnalyzers.All).Run(project, inputs, new AnalyzerOptions(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(200, result.Articles.Count);
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
    }
}
