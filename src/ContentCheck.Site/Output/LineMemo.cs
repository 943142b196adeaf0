using System.Runtime.CompilerServices;
using ContentCheck.Site.Pages;

namespace ContentCheck.Site.Output;

/// <summary>
/// Each article's line of <c>corpus.jsonl</c> (its metadata and plain text, UTF-8), kept between generations in one
/// process (the build server's) while its parse lives and its visible fields are unchanged: writing the corpus as
/// data then copies bytes instead of rendering every body again. Half the memory of keeping the plain text.
/// </summary>
internal sealed class LineMemo
{
    private readonly ConditionalWeakTable<Documents.ArticleDocument, Entry> _entries = new();

    /// <summary>The article's line: kept, or made by <paramref name="make"/> and kept.</summary>
    public byte[] LineOf(ArticleView view, Func<byte[]> make)
    {
        var document = view.Article.Document;
        var key = view.Key;
        if (_entries.TryGetValue(document, out var kept) && kept.Key == key)
        {
            return kept.Line;
        }
        var line = make();
        // Lines are written by one thread, in order; netstandard2.0 has no AddOrUpdate.
        _entries.Remove(document);
        _entries.Add(document, new Entry(key, line));
        return line;
    }

    private sealed record Entry(string Key, byte[] Line);
}
