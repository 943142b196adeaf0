using System.Runtime.CompilerServices;
using ContentCheck.Analysis;
using ContentCheck.Project;
using ContentCheck.Rules;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Analysis;

/// <summary>The runner lets each article's Markdown tree go once the article's own rules ran (a corpus is never held
/// whole as trees: validating and publishing 100,000 articles in one process peaked at 4.6 GB with them, 3.2 GB without,
/// measured with ContentCheck.Bench warm), and nothing that runs later — the
/// corpus rules, a reader of the result — sees a difference.</summary>
public sealed class ReleasedTreesTests
{
    private static readonly AnalyzerOptions Options = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void After_a_run_no_tree_is_held_and_a_reader_gets_one_parsed_again()
    {
        using var work = new TemporaryDirectory();
        work.CopyFrom(RepositoryPaths.Content, "content");
        var root = Path.Combine(work.FullPath, "content");
        var result = Run(root);

        var trees = WeakTrees(result);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.NotEmpty(trees);
        Assert.All(trees, tree => Assert.False(tree.IsAlive, "a Markdown tree outlived the run"));
        Assert.All(result.Articles, a => Assert.NotNull(a.Document.Body));
    }

    [Fact]
    public void The_corpus_pass_reports_a_broken_article_link_although_the_trees_were_let_go()
    {
        using var work = new TemporaryDirectory();
        work.CopyFrom(RepositoryPaths.Content, "content");
        var root = Path.Combine(work.FullPath, "content");
        work.Write("content/articles/2008/03/18/linking.md",
            "---\ntitle: Linking\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2008-03-18\n---\nSee [the other story](../../18/no-such-story.md).\n");

        var result = Run(root);

        Assert.Contains(result.Diagnostics, d => d.Id == "CC4007" && d.Location.Path.EndsWith("linking.md", StringComparison.Ordinal));
    }

    private static AnalysisResult Run(string root)
    {
        var project = ContentProjectLoader.Load(root);
        var inputs = Directory.EnumerateFiles(Path.Combine(root, "articles"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => ArticleInput.FromFile(f, Path.GetRelativePath(root, f).Replace('\\', '/')))
            .ToList();
        return new AnalysisRunner(BuiltInAnalyzers.All).Run(project, inputs, Options);
    }

    // Not inlined: no local of the caller may keep a tree alive across the collection.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<WeakReference> WeakTrees(AnalysisResult result) =>
        result.Articles.Where(a => a.Document.HasBody).Select(a => new WeakReference(a.Document.Body)).ToList();
}
