using ContentCheck.Analysis;
using ContentCheck.Caching;
using ContentCheck.Project;
using ContentCheck.Rules;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Analysis;

/// <summary>Reusing unchanged articles' parse and findings must never change a run's result: every run with the cache
/// reports exactly what a run without it reports, while parsing only what changed.</summary>
public sealed class ArticleResultCacheTests
{
    private static readonly AnalyzerOptions Options = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Reuses_unchanged_articles_and_reports_what_a_full_run_reports()
    {
        using var work = new TemporaryDirectory();
        work.CopyFrom(RepositoryPaths.Content, "content");
        var root = Path.Combine(work.FullPath, "content");
        var edited = work.Write("content/articles/2008/03/18/edited.md", "---\ntitle: Edited\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2008-03-18\n---\nFirst text.\n");
        var deleted = work.Write("content/articles/2008/03/18/deleted.md", "---\ntitle: Deleted\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2008-13-45\n---\nSoon gone.\n");
        var runner = new AnalysisRunner(BuiltInAnalyzers.All);
        var cache = new ArticleResultCache();

        var first = Run(runner, root, cache);
        Assert.Equal(4, cache.LastAnalyzed);
        var second = Run(runner, root, cache);
        Assert.Equal(0, cache.LastAnalyzed);
        Assert.Equal(first, second);

        // A duplicate of another article's body: the corpus rule must see the new text beside the reused ones.
        var seed = Directory.EnumerateFiles(Path.Combine(root, "articles"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.WriteAllText(edited, File.ReadAllText(seed).Replace("title:", "title: Copy of", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(edited, DateTime.UtcNow.AddMinutes(1));
        var afterEdit = Run(runner, root, cache);
        Assert.Equal(1, cache.LastAnalyzed);
        Assert.Equal(Run(runner, root, cache: null), afterEdit);
        Assert.Contains(afterEdit, d => d.Id == "CC5003" || d.Id == "CC5004");

        // Touched but not edited (a branch switched and back): compared by text, reused.
        File.SetLastWriteTimeUtc(edited, DateTime.UtcNow.AddMinutes(2));
        Assert.Equal(afterEdit, Run(runner, root, cache));
        Assert.Equal(0, cache.LastAnalyzed);

        // The same text with a byte order mark is a change: the document records the mark.
        File.WriteAllBytes(edited, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(edited)]);
        File.SetLastWriteTimeUtc(edited, DateTime.UtcNow.AddMinutes(3));
        Assert.Equal(Run(runner, root, cache: null), Run(runner, root, cache));
        Assert.Equal(1, cache.LastAnalyzed);

        File.Delete(deleted);
        var afterDelete = Run(runner, root, cache);
        Assert.Equal(0, cache.LastAnalyzed);
        Assert.Equal(3, cache.Count);
        Assert.Equal(Run(runner, root, cache: null), afterDelete);
        Assert.DoesNotContain(afterDelete, d => d.Path.EndsWith("deleted.md", StringComparison.Ordinal));
    }

    [Fact]
    public void The_clock_rule_is_checked_again_for_reused_articles()
    {
        using var work = new TemporaryDirectory();
        work.CopyFrom(RepositoryPaths.Content, "content");
        var root = Path.Combine(work.FullPath, "content");
        work.Write("content/articles/2026/01/01/later-today.md", "---\ntitle: Later today\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2026-01-01T12:00:00Z\n---\nBody.\n");
        var runner = new AnalysisRunner(BuiltInAnalyzers.All);
        var cache = new ArticleResultCache();
        var morning = new AnalyzerOptions(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));
        var afternoon = new AnalyzerOptions(new DateTimeOffset(2026, 1, 1, 13, 0, 0, TimeSpan.Zero));

        Assert.Contains(Run(runner, root, cache, morning), d => d.Id == "CC2003");
        var later = Run(runner, root, cache, afternoon);

        Assert.Equal(0, cache.LastAnalyzed);
        Assert.DoesNotContain(later, d => d.Id == "CC2003");
        Assert.Equal(Run(runner, root, cache: null, afternoon), later);
    }

    [Fact]
    public void A_url_edited_beside_reused_articles_is_compared_by_its_new_value()
    {
        using var work = new TemporaryDirectory();
        work.CopyFrom(RepositoryPaths.Content, "content");
        var root = Path.Combine(work.FullPath, "content");
        string Article(string url) => $"---\ntitle: Copy\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2008-03-18\nurl: {url}\n---\nText.\n";
        var first = work.Write("content/articles/2008/03/18/first.md", Article("https://example.org/story"));
        var second = work.Write("content/articles/2008/03/18/second.md", Article("https://example.org/other"));
        var runner = new AnalysisRunner(BuiltInAnalyzers.All);
        var cache = new ArticleResultCache();
        Assert.DoesNotContain(Run(runner, root, cache), d => d.Id == "CC5001");

        // Another spelling of the first one's address: the first article is reused, its key too.
        File.WriteAllText(second, Article("HTTPS://example.org/story/?utm_source=feed"));
        File.SetLastWriteTimeUtc(second, DateTime.UtcNow.AddMinutes(1));
        var duplicate = Run(runner, root, cache);
        Assert.Equal(1, cache.LastAnalyzed);
        Assert.Contains(duplicate, d => d.Id == "CC5001" && d.Path.EndsWith("second.md", StringComparison.Ordinal));
        Assert.Equal(Run(runner, root, cache: null), duplicate);

        File.WriteAllText(first, Article("https://example.org/moved"));
        File.SetLastWriteTimeUtc(first, DateTime.UtcNow.AddMinutes(2));
        var moved = Run(runner, root, cache);
        Assert.DoesNotContain(moved, d => d.Id == "CC5001");
        Assert.Equal(Run(runner, root, cache: null), moved);
    }

    [Fact]
    public void A_stamp_read_by_the_caller_decides_whether_a_file_is_read_again()
    {
        using var work = new TemporaryDirectory();
        work.CopyFrom(RepositoryPaths.Content, "content");
        var root = Path.Combine(work.FullPath, "content");
        var runner = new AnalysisRunner(BuiltInAnalyzers.All);
        var cache = new ArticleResultCache();
        List<ArticleInput> Inputs() => Directory.EnumerateFiles(Path.Combine(root, "articles"), "*.md", SearchOption.AllDirectories)
            .Select(f => ArticleInput.FromFile(f, Path.GetRelativePath(root, f).Replace('\\', '/'), new FileInfo(f).Length, File.GetLastWriteTimeUtc(f).Ticks))
            .ToList();
        var project = ContentProjectLoader.Load(root);
        runner.Run(project, Inputs(), Options, cache);
        Assert.Equal(2, cache.LastAnalyzed);

        runner.Run(project, Inputs(), Options, cache);
        Assert.Equal(0, cache.LastAnalyzed);

        var article = Directory.EnumerateFiles(Path.Combine(root, "articles"), "*.md", SearchOption.AllDirectories).First();
        File.AppendAllText(article, "\nA new paragraph.\n");
        var result = runner.Run(project, Inputs(), Options, cache);
        Assert.Equal(1, cache.LastAnalyzed);
        Assert.Contains(result.Articles, a => a.Document.Text.Text.Contains("A new paragraph.", StringComparison.Ordinal));
    }

    private static List<ReportedDiagnostic> Run(AnalysisRunner runner, string root, ArticleResultCache? cache) => Run(runner, root, cache, Options);

    private static List<ReportedDiagnostic> Run(AnalysisRunner runner, string root, ArticleResultCache? cache, AnalyzerOptions options)
    {
        var project = ContentProjectLoader.Load(root);
        var inputs = Directory.EnumerateFiles(Path.Combine(root, "articles"), "*.md", SearchOption.AllDirectories)
            .Select(f => ArticleInput.FromFile(f, Path.GetRelativePath(root, f).Replace('\\', '/')))
            .ToList();
        return runner.Run(project, inputs, options, cache).Diagnostics.Select(ReportedDiagnostic.From).ToList();
    }
}
