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
        var postings = new Lazy<Postings>(() => Postings.Of(articles, vocabulary.Count), LazyThreadSafetyMode.ExecutionAndPublication);

        build.AddFile(() => WriteManifest(build, articles.Count, sources, shards.Select(s => s.Key)));
        foreach (var shard in shards)
        {
            build.AddFile(() => WriteShard(build, shard.Key, shard.Words, vocabulary, postings.Value));
        }
        for (var first = 0; first < articles.Count; first += ChunkSize)
        {
            var from = first;
            build.AddFile(() => WriteChunk(build, from / ChunkSize, articles, from, Math.Min(from + ChunkSize, articles.Count), sourceIndex));
        }
        build.AddPage("search.sbn", new PageInfo("Search", "search/index.html", "Search the full text of every article."),
            new Dictionary<string, object?>());
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

    private static void WriteShard(SiteBuild build, string key, List<int> words, Vocabulary vocabulary, Postings postings)
    {
        build.Output.WriteBytes($"search/words/{key}.js", Json.Script($"contentCheckSearch.words(\"{key}\", ", w =>
        {
            w.WriteStartObject();
            foreach (var id in words.OrderBy(id => vocabulary[id], StringComparer.Ordinal))
            {
                w.WriteStartArray(vocabulary[id]);
                Gaps(w, postings.All[id]);
                Gaps(w, postings.Title[id]);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }, ");\n"));
    }

    private static void WriteChunk(SiteBuild build, int number, IReadOnlyList<ArticleView> articles, int from, int to, Dictionary<string, int> sourceIndex)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        build.Output.WriteBytes($"search/docs/{n}.js", Json.Script($"contentCheckSearch.documents({n}, ", w =>
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

    /// <summary>Per word number, the articles (newest first = 0) that have it, and those whose title has it; built
    /// once, by the first shard that needs it, in article order so every list comes out sorted. Counted first, then
    /// filled into arrays of the exact size: growing a list per word was a tenth of an edit build's allocations.</summary>
    private sealed class Postings
    {
        private Postings(int[]?[] all, int[]?[] title)
        {
            All = all;
            Title = title;
        }

        public int[]?[] All { get; }

        public int[]?[] Title { get; }

        public static Postings Of(IReadOnlyList<ArticleView> newest, int words)
        {
            var allCounts = new int[words];
            var titleCounts = new int[words];
            foreach (var article in newest)
            {
                var text = article.Text;
                for (var i = 0; i < text.Words.Length; i++)
                {
                    allCounts[text.Words[i]]++;
                    if (i < text.TitleWords)
                    {
                        titleCounts[text.Words[i]]++;
                    }
                }
            }
            var all = new int[]?[words];
            var title = new int[]?[words];
            // The counts become fill positions: each list is filled from its end, articles taken newest last.
            for (var article = newest.Count - 1; article >= 0; article--)
            {
                var text = newest[article].Text;
                for (var i = 0; i < text.Words.Length; i++)
                {
                    var id = text.Words[i];
                    (all[id] ??= new int[allCounts[id]])[--allCounts[id]] = article;
                    if (i < text.TitleWords)
                    {
                        (title[id] ??= new int[titleCounts[id]])[--titleCounts[id]] = article;
                    }
                }
            }
            return new Postings(all, title);
        }
    }
}
