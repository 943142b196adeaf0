using ContentCheck.Documents;

namespace ContentCheck.Site.Output;

/// <summary>
/// A value computed from one parsed article and a key (the fields of it the value reads), kept between generations in
/// one process (the build server's) while the parse lives: the same parse and an equal key give the kept value, a
/// changed key computes it again. Kept in a slot of the document, so a value lives exactly as long as its parse; a new
/// memo (the site's settings changed) finds the old memo's entries foreign and replaces them.
/// </summary>
internal sealed class DocumentMemo<T> where T : class
{
    // One slot per kind of value (per T); an entry records which memo made it.
    private static readonly DocumentSlot<Entry> Entries = new();

    /// <summary>The value for <paramref name="document"/> under <paramref name="key"/>: kept, or made by
    /// <paramref name="make"/> and kept. One caller per document at a time (each article is one view).</summary>
    public T Get(ArticleDocument document, string key, Func<T> make)
    {
        if (Entries.Get(document) is { } kept && ReferenceEquals(kept.Memo, this) && kept.Key == key)
        {
            return kept.Value;
        }
        var value = make();
        Entries.Set(document, new Entry(this, key, value));
        return value;
    }

    private sealed record Entry(DocumentMemo<T> Memo, string Key, T Value);
}
