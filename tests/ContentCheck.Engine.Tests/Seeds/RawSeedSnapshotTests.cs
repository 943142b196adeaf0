using ContentCheck.Analysis;
using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Engine.Tests.Rules.Hygiene;
using ContentCheck.Project;
using ContentCheck.Rules;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Seeds;

/// <summary>
/// Every diagnostic of every rule on the two raw scraped seeds, as snapshots (Verify's convention): once as the
/// scraped file is (no front matter at all) and once wrapped in valid front matter, with the embedded content's
/// registries. The validator must find the scraping leftovers the clean articles of content/ no longer have.
/// </summary>
public sealed class RawSeedSnapshotTests
{
    private static readonly ContentProject Project = ContentProjectLoader.Load(RepositoryPaths.Content);

    [Theory]
    [InlineData(RawSeeds.Bbc, "articles/2007/10/12/us-and-russia-fail-to-bridge-gap.md")]
    [InlineData(RawSeeds.Xinhua, "articles/2008/03/18/russia-us-talks-on-missile-shield-see-no-breakthrough.md")]
    public void Raw_seed_as_scraped(string seed, string path)
    {
        var raw = File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "seeds", seed));
        Snapshot.Verify(Run(path, raw), name: $"{nameof(Raw_seed_as_scraped)}.{seed}");
    }

    [Theory]
    [InlineData(RawSeeds.Bbc, "articles/2007/10/12/us-and-russia-fail-to-bridge-gap.md")]
    [InlineData(RawSeeds.Xinhua, "articles/2008/03/18/russia-us-talks-on-missile-shield-see-no-breakthrough.md")]
    public void Raw_seed_with_front_matter(string seed, string path)
    {
        var (article, _) = RawSeeds.Wrap(seed);
        Snapshot.Verify(Run(path, article), name: $"{nameof(Raw_seed_with_front_matter)}.{seed}");
    }

    private static string Run(string path, string text)
    {
        var result = new AnalysisRunner(BuiltInAnalyzers.All).Run(Project, new[] { ArticleInput.FromText(path, text) }, new AnalyzerOptions(RuleTester.DefaultNow));
        // Registry findings (unused entries: one article cannot use them all) are about content/, not the seed.
        return string.Join("\n", result.Diagnostics.Where(d => d.Location.Path == path).Select(d => d.ToString()));
    }
}
