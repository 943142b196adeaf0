using System.Collections.Concurrent;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;

namespace ContentCheck.Analysis;

/// <summary>
/// Keeps each article's parse and per-article findings between runs, keyed by its path and its file's size and last
/// write time (and, when those changed, its text), so a run over a corpus where one file changed parses and analyzes
/// that one file. Corpus rules always run
/// over every article. Valid only while the project and the options stay the same: the owner starts a new cache when
/// they change (see the build's analysis fingerprint). Articles given as text are never cached.
/// </summary>
public sealed class ArticleResultCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Articles the last run parsed and analyzed (the others were reused).</summary>
    public int LastAnalyzed { get; private set; }

    /// <summary>Articles the cache holds.</summary>
    public int Count => _entries.Count;

    /// <summary>The cached results of <paramref name="path"/> when its file is unchanged: the same size and time stamp,
    /// or — a file touched but not edited (a branch switched and back, an editor saving unchanged text) — the same
    /// text, read and compared only then. A stale entry is dropped before the file is parsed again, so a run where
    /// every file changed never holds two corpora.</summary>
    internal bool TryGet(string path, FileStamp stamp, Func<(string Text, bool HadByteOrderMark)?> readText, out Article article, out List<Diagnostic> diagnostics)
    {
        if (_entries.TryGetValue(path, out var entry))
        {
            var document = entry.Article.Document;
            if (entry.Stamp == stamp || (document.Problem is null && readText() is { } read
                && read.HadByteOrderMark == document.HadByteOrderMark && string.Equals(read.Text, document.Text.Text, StringComparison.Ordinal)))
            {
                if (entry.Stamp != stamp)
                {
                    _entries[path] = entry with { Stamp = stamp };
                }
                article = entry.Article;
                diagnostics = entry.Diagnostics;
                return true;
            }
            _entries.TryRemove(path, out _);
        }
        article = null!;
        diagnostics = null!;
        return false;
    }

    internal void Set(string path, FileStamp stamp, Article article, List<Diagnostic> diagnostics) =>
        _entries[path] = new Entry(stamp, article, diagnostics);

    /// <summary>Forgets the articles a run no longer has (deleted or renamed files) and records the run's count.</summary>
    internal void EndRun(IEnumerable<string> paths, int analyzed)
    {
        var keep = new HashSet<string>(paths, StringComparer.Ordinal);
        foreach (var path in _entries.Keys)
        {
            if (!keep.Contains(path))
            {
                _entries.TryRemove(path, out _);
            }
        }
        LastAnalyzed = analyzed;
    }

    private sealed record Entry(FileStamp Stamp, Article Article, List<Diagnostic> Diagnostics);
}

/// <summary>A file's size and last write time (UTC ticks): what tells an unchanged file from a changed one without
/// reading it, as make and MSBuild do.</summary>
internal readonly record struct FileStamp(long Length, long LastWriteTicks)
{
    public static FileStamp? Of(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }
}
