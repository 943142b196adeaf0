using ContentCheck.Analysis;
using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Project;
using ContentCheck.Rules.Attribution;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Rules.Attribution;

public sealed class SourceRightsAnalyzerTests
{
    private const string Article = "---\ntitle: Talks\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2008-03-18\n---\n\nText.\n";

    /// <summary>Runs CC3003 over a project whose sources.yml is <paramref name="markedSources"/> and asserts the marked spans in it.</summary>
    private static IReadOnlyList<Diagnostics.Diagnostic> Verify(string markedSources, params string[] articles)
    {
        var marked = MarkedText.Parse(markedSources);
        using var directory = new TemporaryDirectory();
        directory.Write("sources.yml", marked.Text);
        var project = ContentProjectLoader.Load(directory.FullPath);
        var inputs = articles.Select((a, i) => ArticleInput.FromText($"articles/2008/03/18/a{i}.md", a)).ToList();
        var result = new AnalysisRunner(new[] { new SourceRightsAnalyzer() }).Run(project, inputs, new AnalyzerOptions(RuleTester.DefaultNow));
        Assert.All(result.Diagnostics, d => Assert.Equal("sources.yml", d.Location.Path));
        Assert.Equal(
            marked.Spans.Select(s => marked.Text.Substring(s.Start, s.End - s.Start)),
            result.Diagnostics.Select(d => marked.Text.Substring(d.Location.Span.Start, d.Location.Span.Length)));
        return result.Diagnostics;
    }

    [Theory]
    [InlineData("proprietary")]
    [InlineData("public-domain")]
    [InlineData("CC-BY-4.0")]
    [InlineData("CC0-1.0")]
    [InlineData("MIT OR Apache-2.0")]
    [InlineData("(CC-BY-4.0 AND OGL-UK-3.0)")]
    [InlineData("LicenseRef-Xinhua-Terms")]
    public void Licenses_are_accepted(string license) =>
        Verify($"- id: xinhua\n  name: Xinhua News Agency\n  license: {license}\n", Article);

    [Fact]
    public void A_source_without_license_is_reported_once_at_its_entry_with_its_usage()
    {
        var diagnostic = Assert.Single(Verify("- id: [|xinhua|]\n  name: Xinhua News Agency\n", Article, Article));
        Assert.Equal("Source 'xinhua' (used by 2 articles) declares no license; add 'license:' to its entry in sources.yml: an SPDX id such as CC-BY-4.0, 'proprietary' (all rights reserved) or 'public-domain'", diagnostic.GetMessage());
        Assert.Equal("1,7,1,13", diagnostic.Location.LineSpan.ToString());
    }

    [Fact]
    public void An_empty_license_is_reported_at_the_value_and_an_unused_source_too() =>
        Verify("- id: xinhua\n  license: [|~|]\n- id: [|bbc-news|]\n  name: BBC News\n", Article);

    [Theory]
    [InlineData("All rights reserved", " (for all rights reserved, write 'proprietary')")]
    [InlineData("CC BY 4.0", " (did you mean 'CC-BY-4.0'?)")]
    [InlineData("Public Domain", " (did you mean 'public-domain'?)")]
    [InlineData("BBC", "")]
    [InlineData("MIT OR", "")]
    public void Values_that_are_not_licenses_are_reported_at_the_value(string license, string hint)
    {
        var diagnostic = Assert.Single(Verify($"- id: xinhua\n  license: [|{license}|]\n", Article));
        Assert.Equal($"'{license}' is not a license for source 'xinhua' (used by 1 article){hint}; write an SPDX id such as CC-BY-4.0, 'proprietary' (all rights reserved) or 'public-domain'", diagnostic.GetMessage());
    }

    [Fact]
    public void A_list_is_not_a_license() => Verify("- id: xinhua\n  [|license|]: [CC-BY-4.0, MIT]\n", Article);

    [Fact]
    public void The_embedded_content_repo_declares_every_right()
    {
        var result = new AnalysisRunner(new[] { new SourceRightsAnalyzer() })
            .Run(TestProjects.Embedded(), Array.Empty<ArticleInput>(), new AnalyzerOptions(RuleTester.DefaultNow));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Without_sources_yml_nothing_is_reported()
    {
        var result = new AnalysisRunner(new[] { new SourceRightsAnalyzer() })
            .Run(TestProjects.WithoutRegistries, new[] { ArticleInput.FromText("articles/2008/03/18/a.md", Article) }, new AnalyzerOptions(RuleTester.DefaultNow));
        Assert.Empty(result.Diagnostics);
    }
}
