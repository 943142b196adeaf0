using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Project;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Infrastructure;

/// <summary>
/// Runs one corpus analyzer over several in-memory files, each with its expected diagnostics marked inline
/// (<see cref="MarkedText"/>), and asserts the exact set of (file, rule, span). Files named <c>*.yml</c>
/// (<c>sources.yml</c>, <c>people.yml</c>, <c>topics.yml</c>, <c>site.yml</c>) make up the project, so
/// registry findings are marked in the registry text; without any, the shared <see cref="TestProjects.WithRegistries"/> is used.
/// </summary>
public static class CorpusRuleTester
{
    /// <summary>Asserts that <paramref name="analyzer"/> reports exactly the marked spans of <paramref name="files"/>.</summary>
    public static IReadOnlyList<Diagnostic> Verify(ContentAnalyzer analyzer, params (string Path, string Text)[] files) =>
        Verify(analyzer, configuration: null, files);

    /// <summary>As the overload without options, with rule options.</summary>
    public static IReadOnlyList<Diagnostic> Verify(ContentAnalyzer analyzer, IRuleConfiguration? configuration, params (string Path, string Text)[] files)
    {
        var marked = files.Select(f => (f.Path, Marked: MarkedText.Parse(f.Text))).ToList();
        var ownIds = analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet();
        var defaultId = ownIds.Count == 1 ? ownIds.Single() : null;
        var texts = marked.ToDictionary(f => f.Path, f => f.Marked.Text);

        var expected = marked
            .SelectMany(f => f.Marked.Spans.Select(s => Describe(f.Path, s.Id ?? defaultId
                ?? throw new InvalidOperationException("[| |] needs an analyzer with one rule; use {|CCxxxx:...|}"), s.Start, s.End, f.Marked.Text)))
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
        var diagnostics = Run(analyzer, configuration, marked.Select(f => (f.Path, f.Marked.Text)).ToArray())
            .Where(d => ownIds.Contains(d.Id))
            .ToList();
        var actual = diagnostics
            .Select(d => Describe(d.Location.Path, d.Id, d.Location.Span.Start, d.Location.Span.End, texts.TryGetValue(d.Location.Path, out var t) ? t : string.Empty))
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
        return diagnostics;
    }

    /// <summary>Runs one analyzer over the files (articles and <c>*.yml</c> project files) and returns every diagnostic.</summary>
    public static IReadOnlyList<Diagnostic> Run(ContentAnalyzer analyzer, IRuleConfiguration? configuration, params (string Path, string Text)[] files)
    {
        var projectFiles = files.Where(f => f.Path.EndsWith(".yml", StringComparison.Ordinal)).ToList();
        var articles = files.Where(f => !f.Path.EndsWith(".yml", StringComparison.Ordinal))
            .Select(f => ArticleInput.FromText(f.Path, f.Text)).ToList();
        var runner = new AnalysisRunner(new[] { analyzer });
        var options = new AnalyzerOptions(RuleTester.DefaultNow, configuration);
        if (projectFiles.Count == 0)
        {
            return runner.Run(TestProjects.WithRegistries, articles, options).Diagnostics;
        }
        using var directory = new TemporaryDirectory();
        foreach (var (path, text) in projectFiles)
        {
            directory.Write(path, text);
        }
        return runner.Run(ContentProjectLoader.Load(directory.FullPath), articles, options).Diagnostics;
    }

    /// <summary>Runs one analyzer with default options.</summary>
    public static IReadOnlyList<Diagnostic> Run(ContentAnalyzer analyzer, params (string Path, string Text)[] files) =>
        Run(analyzer, configuration: null, files);

    private static string Describe(string path, string id, int start, int end, string text) =>
        $"{path}: {id} [{start}..{end}) \"{(start >= 0 && end <= text.Length && start <= end ? text.Substring(start, end - start).Replace("\n", "\\n") : "<out of range>")}\"";
}
