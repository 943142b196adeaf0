using System.Runtime.CompilerServices;

namespace ContentCheck.Site.Output;

/// <summary>
/// A value computed from one parsed article and a key (the fields of it the value reads), kept between generations in
/// one process (the build server's) while the parse lives: the same parse and an equal key give the kept value, a
/// changed key computes it again. Weakly keyed, so a value lives exactly as long as its parse.
/// </summary>
internal sealed class DocumentMemo<T> where T : class
{
    private readonly ConditionalWeakTable<Documents.ArticleDocument, Entry> _entries = new();

    /// <summary>The value for <paramref name="document"/> under <paramref name="key"/>: kept, or made by
    /// <paramref name="make"/> and kept. One caller per document at a time (each article is one view).</summary>
    public T Get(Documents.ArticleDocument document, string key, Func<T> make)
    {
        if (_entries.TryGetValue(document, out var kept) && kept.Key == key)
        {
            return kept.Value;
        }
        var value = make();
        // netstandard2.0 has no AddOrUpdate; no other thread touches this document's entry.
        _entries.Remove(document);
        _entries.Add(document, new Entry(key, value));
        return value;
    }

    private sealed record Entry(string Key, T Value);
}
