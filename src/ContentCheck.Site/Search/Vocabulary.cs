using System.Collections.Concurrent;

namespace ContentCheck.Site.Search;

/// <summary>Every distinct word of the corpus, numbered, shared by the threads that tokenize articles: an article keeps
/// its words as numbers (4 bytes each) instead of strings, and a word already known costs no allocation. Numbers
/// depend on thread timing; nothing written depends on them, since the index is written by word.</summary>
internal sealed class Vocabulary
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
#if NET
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
#endif
    private readonly List<string> _words = new();
    private readonly object _gate = new();

#if NET
    public Vocabulary() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>Words known. Read once tokenizing is over (nothing is added after the model is built).</summary>
    public int Count => _words.Count;

    /// <summary>The word numbered <paramref name="id"/>. Read once tokenizing is over.</summary>
    public string this[int id] => _words[id];

    /// <summary>The number of the word in <paramref name="word"/>, added when new.</summary>
    public int Id(ReadOnlySpan<char> word)
    {
#if NET
        if (_lookup.TryGetValue(word, out var known))
        {
            return known;
        }
#endif
        var text = word.ToString();
        if (_ids.TryGetValue(text, out var id))
        {
            return id;
        }
        lock (_gate)
        {
            if (!_ids.TryGetValue(text, out id))
            {
                id = _words.Count;
                _words.Add(text);
                _ids[text] = id;
            }
            return id;
        }
    }
}
