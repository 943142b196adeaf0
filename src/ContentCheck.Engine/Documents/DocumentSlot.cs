namespace ContentCheck.Documents;

/// <summary>
/// A place on every <see cref="ArticleDocument"/> for one kind of value derived from that parse alone (its links, its
/// suppressions, its body's MinHash summary, the site's text of it): computed once, kept exactly as long as the
/// document, read without a lock. Create one per kind of value, in a static field: each slot takes an index on every
/// document.
/// </summary>
/// <remarks>
/// This replaces <c>ConditionalWeakTable</c> for per-document memos. The table serializes every insertion behind one
/// lock and keeps a GC handle per entry, freed by the finalizer thread: at 10,000 articles on 2 cores, the lock
/// contention and the finalizer cost a fifth of the analysis' CPU (measured with dotnet-trace). A slot lives in the
/// document's own small array, so threads working on different articles never meet.
/// </remarks>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class DocumentSlot<T> where T : class
{
    private readonly int _index = DocumentSlots.Allocate();

    /// <summary>The value stored for <paramref name="document"/>, or null.</summary>
    public T? Get(ArticleDocument document) => (T?)document.GetSlot(_index);

    /// <summary>The value stored for <paramref name="document"/>, or the one <paramref name="create"/> makes from it,
    /// stored. Two threads may both create; the first stored value is the one both get.</summary>
    public T GetOrAdd(ArticleDocument document, Func<ArticleDocument, T> create)
    {
        if (document.GetSlot(_index) is T kept)
        {
            return kept;
        }
        return (T)document.SetSlotIfEmpty(_index, create(document));
    }

    /// <summary>Stores <paramref name="value"/> for <paramref name="document"/>, replacing what was there.</summary>
    public void Set(ArticleDocument document, T? value) => document.SetSlot(_index, value);
}

/// <summary>Hands out slot indexes: one per <see cref="DocumentSlot{T}"/> created in the process.</summary>
internal static class DocumentSlots
{
    private static int _count;

    /// <summary>The next free index.</summary>
    public static int Allocate() => Interlocked.Increment(ref _count) - 1;
}
