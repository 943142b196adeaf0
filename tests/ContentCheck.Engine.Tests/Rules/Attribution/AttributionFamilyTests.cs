using System.Reflection;
using ContentCheck.Analysis;
using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Attribution;
using static ContentCheck.Engine.Tests.Rules.Attribution.AttributionFixtures;

namespace ContentCheck.Engine.Tests.Rules.Attribution;

/// <summary>The CC3xxx family as a whole: pages, and precision on the seeds (content/ and the raw scraped files).</summary>
public sealed class AttributionFamilyTests
{
    public static TheoryData<string> Ids => new(AttributionAnalyzers.All.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_has_its_page_with_title_severity_and_sections(string id)
    {
        var descriptor = AttributionAnalyzers.All.SelectMany(a => a.SupportedDiagnostics).Single(d => d.Id == id);
        using var stream = typeof(AttributionAnalyzers).Assembly.GetManifestResourceStream($"ContentCheck.Rules.{id}.md");
        Assert.NotNull(stream);
        var page = new StreamReader(stream!).ReadToEnd();
        Assert.StartsWith($"# {id}: {descriptor.Title}\n", page);
        var severity = descriptor.DefaultSeverity == Diagnostics.DiagnosticSeverity.Info ? "suggestion" : descriptor.DefaultSeverity.ToString().ToLowerInvariant();
        Assert.Contains($"| Default severity | {severity} |", page);
        foreach (var section in new[] { "## What it checks", "## Why", "## Bad", "## Good", "## How to fix", "## Options" })
        {
            Assert.Contains(section, page);
        }
        Assert.EndsWith($"Attribution/{id}.md", descriptor.HelpLinkUri);
    }

    [Fact]
    public void The_family_reports_nothing_on_the_embedded_content_repo()
    {
        var inputs = new[] { XinhuaArticle, BbcArticle }.Select(p => ArticleInput.FromText(p, ContentArticle(p))).ToList();
        var result = new AnalysisRunner(AttributionAnalyzers.All).Run(TestProjects.Embedded(), inputs, new AnalyzerOptions(RuleTester.DefaultNow));
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void On_the_raw_seeds_the_family_finds_the_bylines_and_the_two_Lavrovs_and_nothing_else()
    {
        var inputs = new[] { (XinhuaArticle, XinhuaRawSeed), (BbcArticle, BbcRawSeed) }
            .Select(p => ArticleInput.FromText(p.Item1, WrappedRawSeed(p.Item2, FrontMatterOf(ContentArticle(p.Item1)))))
            .ToList();
        var result = new AnalysisRunner(AttributionAnalyzers.All).Run(TestProjects.Embedded(), inputs, new AnalyzerOptions(RuleTester.DefaultNow));
        Assert.Equal(string.Join("\n", new[]
        {
            "articles/2007/10/12/us-and-russia-fail-to-bridge-gap.md(17,1,17,26): warning CC3004: 'By Rupert Wingfield-Hayes' repeats the byline that 'authors' already gives; delete this line: the site prints the byline from 'authors'",
            "articles/2007/10/12/us-and-russia-fail-to-bridge-gap.md(25,50,25,63): warning CC3005: 'Sergei Lavrov' and 'Sergey Lavrov' (line 20) are two spellings of one person (sergey-lavrov in people.yml) in this article; use one throughout, e.g. 'Sergey Lavrov'",
            "articles/2008/03/18/russia-us-talks-on-missile-shield-see-no-breakthrough.md(16,1,16,20): warning CC3004: 'By Liao Lei, Xinhua' repeats the byline that 'authors' already gives; delete this line: the site prints the byline from 'authors'",
        }), string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
    }

    private static string FrontMatterOf(string article)
    {
        var end = article.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return article.Substring(4, end - 4);
    }
}
