using ContentCheck.Caching;
using ContentCheck.Diagnostics;
using ContentCheck.Testing;
using ContentCheck.Text;

namespace ContentCheck.Engine.Tests.Caching;

public sealed class ResultCacheFileTests
{
    [Fact]
    public void Round_trips_diagnostics_with_tabs_newlines_and_backslashes_in_messages_and_paths()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.FullPath, "obj", "contentcheck.cache");
        var diagnostic = new ReportedDiagnostic("CC2001", DiagnosticSeverity.Warning, "articles/a\tb\\c.md",
            new LinePositionSpan(new LinePosition(4, 11), new LinePosition(4, 21)), "line one\nline two\r\n\\t is not a tab", "https://example.org/CC2001.md");

        ResultCacheFile.Write(path, new ResultCacheFile.Content("abc", 7, new[] { diagnostic }));
        var read = ResultCacheFile.TryRead(path);

        Assert.NotNull(read);
        Assert.Equal("abc", read.Fingerprint);
        Assert.Equal(7, read.ArticleCount);
        Assert.Equal(diagnostic, Assert.Single(read.Diagnostics));
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("contentcheck-cache v0\nabc\n1\n")]
    [InlineData("contentcheck-cache v1\nabc\nnot-a-number\n")]
    [InlineData("contentcheck-cache v1\nabc\n1\nCC2001\t2\ttoo few fields\n")]
    public void Damaged_or_foreign_cache_reads_as_missing(string text)
    {
        using var directory = new TemporaryDirectory();
        var path = directory.Write("contentcheck.cache", text);
        Assert.Null(ResultCacheFile.TryRead(path));
    }

    [Fact]
    public void Fingerprint_changes_with_file_contents_but_not_with_a_touch()
    {
        using var directory = new TemporaryDirectory();
        var config = directory.Write("sources.yml", "- id: a\n");
        string Compute() => new BuildFingerprint().Add("now", "x").AddFileContents("config", config).Complete();

        var before = Compute();
        File.SetLastWriteTimeUtc(config, DateTime.UtcNow.AddMinutes(5));
        Assert.Equal(before, Compute());
        File.WriteAllText(config, "- id: b\n");
        Assert.NotEqual(before, Compute());
    }

    [Fact]
    public void Fingerprint_changes_when_an_article_is_touched()
    {
        using var directory = new TemporaryDirectory();
        var article = directory.Write("a.md", "---\n---\n");
        string Compute() => new BuildFingerprint().AddFileStamp(article, article).Complete();

        var before = Compute();
        File.SetLastWriteTimeUtc(article, DateTime.UtcNow.AddMinutes(5));
        Assert.NotEqual(before, Compute());
    }
}
