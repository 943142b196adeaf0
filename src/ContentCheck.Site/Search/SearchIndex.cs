using System.Globalization;
using System.Text;
using System.Text.Json;
using ContentCheck.Site.Pages;
using ContentCheck.Site.Rendering;

namespace ContentCheck.Site.Search;

/// <summary>
/// Client-side search that works from disk with no server and stays small to load however large the corpus: an
/// inverted index split into shards by a word's first two characters, and the result cards (title, page, source, date,
/// snippet) in chunks of <see cref="ChunkSize"/>. The search page loads only the shards of the words typed and the
/// chunks of the results it shows. Every file is a script, not JSON, because browsers refuse <c>fetch</c> of a local
/// file; each calls back into <c>assets/search.js</c>:
/// <list type="bullet">
/// <item><c>search/index.js</c>: the article count, the chunk size, the source names and the list of shards;</item>
/// <item><c>search/words/&lt;key&gt;.js</c>: word → [articles, articles whose title has it], each a list of article
/// numbers (newest first = 0) written as gaps from the previous one, which keeps frequent words cheap;</item>
/// <item><c>search/docs/&lt;n&gt;.js</c>: the cards of articles n × <see cref="ChunkSize"/> onwards.</item>
/// </list>
/// The words come from <see cref="ArticleText"/>, read once per article while the model was built.
/// </summary>
internal static class SearchIndex
{
    /// <summary>Result cards per chunk file.</summary>
    public const int ChunkSize = 100;

    public static void Write(SiteBuild build)
    {
        var articles = build.Model.Newest;
        var sources = articles.Select(a => a.Source?.Name).OfType<string>().Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var sourceIndex = sources.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var vocabulary = build.Model.Vocabulary;
        // Only words some published article has: a vocabulary kept between generations also knows deleted articles' words.
        var used = new bool[vocabulary.Count];
        foreach (var article in articles)
        {
            foreach (var id in article.Text.Words)
            {
                used[id] = true;
            }
        }
        var shards = Enumerable.Range(0, vocabulary.Count).Where(id => used[id]).GroupBy(id => ShardKey(vocabulary[id]), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, Words: g.ToList())).ToList();
        var postings = new Lazy<Postings>(() => Postings.For(build.Model), LazyThreadSafetyMode.ExecutionAndPublication);

        build.AddFile(() => WriteManifest(build, articles.Count, sources, shards.Select(s => s.Key)));
        // Shards and chunks are kept when what they hold is unchanged (the build server's page cache): an edit changes
        // the shards of the words it added or removed and the chunk of its card, not the other 700 files.
        foreach (var shard in shards)
        {
            build.AddFile($"search/words/{shard.Key}.js", () => ShardInputs.Of(shard.Words, vocabulary, postings.Value), inputs => WriteShard(build, shard.Key, inputs));
        }
        for (var first = 0; first < articles.Count; first += ChunkSize)
        {
            var from = first;
            var to = Math.Min(from + ChunkSize, articles.Count);
            build.AddFile(ChunkPath(from / ChunkSize), () => ChunkInputs.Of(articles, from, to, sourceIndex), _ => WriteChunk(build, from / ChunkSize, articles, from, to, sourceIndex));
        }
        build.AddPage("search.sbn", new PageInfo("Search", "search/index.html", "Search the full text of every article."),
            () => new Dictionary<string, object?>(), inputs: []);
    }

    /// <summary>The shard a word belongs to: its first two characters, each kept when it is an ASCII letter or digit
    /// and <c>_</c> otherwise (so a file name never needs escaping); the script computes the same key.</summary>
    public static string ShardKey(string word) =>
        word.Length == 1 ? Map(word[0]).ToString() : new string(new[] { Map(word[0]), Map(word[1]) });

    private static char Map(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '_';

    private static void WriteManifest(SiteBuild build, int count, IReadOnlyList<string> sources, IEnumerable<string> shards)
    {
        build.Output.WriteBytes("search/index.js", Json.Script("window.contentCheckSearchIndex = ", w =>
        {
            w.WriteStartObject();
            w.WriteNumber("articles", count);
            w.WriteNumber("chunk", ChunkSize);
            Json.Strings(w, "sources", sources);
            Json.Strings(w, "shards", shards);
            w.WriteEndObject();
        }, ";\n"));
    }

    private static void WriteShard(SiteBuild build, string key, ShardInputs shard)
    {
        build.Output.WriteBytes($"search/words/{key}.js", Json.Script($"contentCheckSearch.words(\"{key}\", ", w =>
        {
            w.WriteStartObject();
            for (var i = 0; i < shard.Words.Length; i++)
            {
                w.WriteStartArray(shard.Words[i]);
                Gaps(w, shard.All[i]);
                Gaps(w, shard.Title[i]);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }, ");\n"));
    }

    private static string ChunkPath(int number) => $"search/docs/{number.ToString(CultureInfo.InvariantCulture)}.js";

    private static void WriteChunk(SiteBuild build, int number, IReadOnlyList<ArticleView> articles, int from, int to, Dictionary<string, int> sourceIndex)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        build.Output.WriteBytes(ChunkPath(number), Json.Script($"contentCheckSearch.documents({n}, ", w =>
        {
            w.WriteStartArray();
            for (var i = from; i < to; i++)
            {
                var a = articles[i];
                w.WriteStartArray();
                w.WriteStringValue(a.Title);
                w.WriteStringValue(a.Path);
                w.WriteNumberValue(a.Source is { } source ? sourceIndex[source.Name] : -1);
                w.WriteStringValue(a.Published.Day);
                w.WriteStringValue(a.Published.Iso);
                w.WriteStringValue(a.Text.Snippet);
                w.WriteEndArray();
            }
            w.WriteEndArray();
        }, ");\n"));
    }

    private static void Gaps(Utf8JsonWriter writer, int[]? ids)
    {
        writer.WriteStartArray();
        var previous = 0;
        foreach (var id in ids ?? [])
        {
            writer.WriteNumberValue(id - previous);
            previous = id;
        }
        writer.WriteEndArray();
    }

    /// <summary>What a shard holds: its words in order, each with its postings (compared element by element).</summary>
    private sealed class ShardInputs
    {
        private ShardInputs(string[] words, int[]?[] all, int[]?[] title)
        {
            Words = words;
            All = all;
            Title = title;
        }

        public string[] Words { get; }

        public int[]?[] All { get; }

        public int[]?[] Title { get; }

        public static ShardInputs Of(List<int> ids, Vocabulary vocabulary, Postings postings)
        {
            var ordered = ids.OrderBy(id => vocabulary[id], StringComparer.Ordinal).ToArray();
            var words = new string[ordered.Length];
            var all = new int[]?[ordered.Length];
            var title = new int[]?[ordered.Length];
            for (var i = 0; i < ordered.Length; i++)
            {
                words[i] = vocabulary[ordered[i]];
                all[i] = postings.All[ordered[i]];
                title[i] = postings.Title[ordered[i]];
            }
            return new ShardInputs(words, all, title);
        }

        public override bool Equals(object? obj) => obj is ShardInputs other && Words.AsSpan().SequenceEqual(other.Words)
            && SameLists(All, other.All) && SameLists(Title, other.Title);

        public override int GetHashCode() => Words.Length;
    }

    /// <summary>What a chunk of result cards holds: per article its visible fields (<see cref="ArticleView.Key"/>), its
    /// snippet and its source's number.</summary>
    private sealed class ChunkInputs
    {
        private ChunkInputs(string[] keys, string[] snippets, int[] sources)
        {
            Keys = keys;
            Snippets = snippets;
            Sources = sources;
        }

        private string[] Keys { get; }

        private string[] Snippets { get; }

        private int[] Sources { get; }

        public static ChunkInputs Of(IReadOnlyList<ArticleView> articles, int from, int to, Dictionary<string, int> sourceIndex)
        {
            var keys = new string[to - from];
            var snippets = new string[to - from];
            var sources = new int[to - from];
            for (var i = from; i < to; i++)
            {
                keys[i - from] = articles[i].Key;
                snippets[i - from] = articles[i].Text.Snippet;
                sources[i - from] = articles[i].Source is { } source ? sourceIndex[source.Name] : -1;
            }
            return new ChunkInputs(keys, snippets, sources);
        }

        public override bool Equals(object? obj) => obj is ChunkInputs other && Keys.AsSpan().SequenceEqual(other.Keys)
            && Snippets.AsSpan().SequenceEqual(other.Snippets) && Sources.AsSpan().SequenceEqual(other.Sources);

        public override int GetHashCode() => Keys.Length;
    }

    private static bool SameLists(int[]?[] a, int[]?[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            if (!a[i].AsSpan().SequenceEqual(b[i]))
            {
                return false;
            }
        }
        return true;
    }
}
