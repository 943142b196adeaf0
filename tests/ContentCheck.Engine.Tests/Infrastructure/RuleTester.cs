using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Project;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Infrastructure;

/// <summary>
/// Runs one analyzer over an article whose expected diagnostics are marked inline (<see cref="MarkedText"/>)
/// and asserts the exact set of (rule, span) pairs: a missing, an extra or a misplaced diagnostic fails.
/// </summary>
public static class RuleTester
{
    /// <summary>The clock rule tests run against unless they pin another.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Asserts that <paramref name="analyzer"/> reports exactly the marked spans.</summary>
    public static IReadOnlyList<Diagnostic> Verify(ContentAnalyzer analyzer, string markedArticle,
        string path = "articles/2008/03/18/test-article.md", ContentProject? project = null, DateTimeOffset? now = null,
        IRuleConfiguration? configuration = null)
    {
        var marked = MarkedText.Parse(markedArticle);
        var diagnostics = Run(analyzer, marked.Text, path, project, now, configuration);
        var ownIds = analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet();
        var defaultId = ownIds.Count == 1 ? ownIds.Single() : null;

        var expected = marked.Spans
            .Select(s => Describe(s.Id ?? defaultId ?? throw new InvalidOperationException("[| |] needs an analyzer with one rule; use {|CCxxxx:...|}"), marked.Text, s.Start, s.End))
            .ToList();
        var actual = diagnostics
            .Where(d => ownIds.Contains(d.Id))
            .Select(d => Describe(d, marked.Text))
            .ToList();
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
        return diagnostics.Where(d => ownIds.Contains(d.Id)).ToList();
    }

    /// <summary>Asserts that <paramref name="analyzer"/> reports exactly the marked spans in a configuration file
    /// (<c>sources.yml</c>, <c>site.yml</c>, ...) of an otherwise empty content repo.</summary>
    public static IReadOnlyList<Diagnostic> VerifyConfigurationFile(ContentAnalyzer analyzer, string fileName, string markedContent)
    {
        var marked = MarkedText.Parse(markedContent);
        using var directory = new TemporaryDirectory();
        directory.Write(fileName, marked.Text);
        var diagnostics = Run(analyzer, "---\ntitle: x\n---\n", project: ContentProjectLoader.Load(directory.FullPath))
            .Where(d => d.Location.Path == fileName).ToList();
        var id = analyzer.SupportedDiagnostics.Single().Id;
        Assert.Equal(
            string.Join("\n", marked.Spans.Select(s => Describe(s.Id ?? id, marked.Text, s.Start, s.End))),
            string.Join("\n", diagnostics.Select(d => Describe(d, marked.Text))));
        return diagnostics;
    }

    /// <summary>Runs one analyzer (plus nothing else) and returns every diagnostic.</summary>
    public static IReadOnlyList<Diagnostic> Run(ContentAnalyzer analyzer, string article,
        string path = "articles/2008/03/18/test-article.md", ContentProject? project = null, DateTimeOffset? now = null,
        IRuleConfiguration? configuration = null)
    {
        var runner = new AnalysisRunner(new[] { analyzer });
        var result = runner.Run(project ?? TestProjects.WithRegistries, new[] { ArticleInput.FromText(path, article) },
            new AnalyzerOptions(now ?? DefaultNow, configuration));
        return result.Diagnostics;
    }

    private static string Describe(Diagnostic diagnostic, string text) =>
        Describe(diagnostic.Id, text, diagnostic.Location.Span.Start, diagnostic.Location.Span.End);

    /// <summary>One comparable line per diagnostic: the id, the offsets and the text they cover.</summary>
    private static string Describe(string id, string text, int start, int end) => $"{id} [{start}..{end}) \"{Slice(text, start, end)}\"";

    private static string Slice(string text, int start, int end) =>
        start >= 0 && end <= text.Length && start <= end ? text.Substring(start, end - start).Replace("\n", "\\n") : "<out of range>";
}
