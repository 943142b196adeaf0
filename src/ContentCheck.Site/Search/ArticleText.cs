using ContentCheck.Site.Pages;

namespace ContentCheck.Site.Search;

/// <summary>
/// What the site needs from an article's text besides its page, computed in one pass over its plain text while the
/// model is built (in parallel): the word count (statistics, JSON-LD, data files), a snippet (search results) and the
/// distinct words a reader may search it by (title first). The plain text itself is not kept: held for every article
/// it would take more memory than the rest of the site.
/// </summary>
internal sealed class ArticleText
{
    /// <summary>Snippet length in characters.</summary>
    public const int SnippetLength = 160;

    /// <summary>Longer runs of letters are not words a reader types (hashes, run-together URLs).</summary>
    public const int MaxWordLength = 40;

    private ArticleText(int wordCount, string snippet, int[] words, int titleWords)
    {
        WordCount = wordCount;
        Snippet = snippet;
        Words = words;
        TitleWords = titleWords;
    }

    /// <summary>Words in the body, as a reader counts them (runs of letters or digits).</summary>
    public int WordCount { get; }

    /// <summary>The summary, or the body's first <see cref="SnippetLength"/> characters on one line.</summary>
    public string Snippet { get; }

    /// <summary>The distinct lower-case words (numbers in the <see cref="Vocabulary"/>) of the title, summary, source,
    /// dateline, names and body; the first <see cref="TitleWords"/> are the title's.</summary>
    public int[] Words { get; }

    public int TitleWords { get; }

    /// <summary>Reads <paramref name="article"/>'s text; <paramref name="scratch"/> is reused by the calling thread.</summary>
    public static ArticleText Read(ArticleView article, Vocabulary vocabulary, Scratch scratch) =>
        Read(article, vocabulary, scratch, article.RenderPlainText());

    /// <summary>Reads <paramref name="article"/>'s text from its body's <paramref name="plain"/> text, rendered once for
    /// this and the article's line of <c>corpus.jsonl</c>.</summary>
    public static ArticleText Read(ArticleView article, Vocabulary vocabulary, Scratch scratch, string plain)
    {
        scratch.Clear();
        scratch.Add(article.Title, vocabulary);
        var titleWords = scratch.Ordered.Count;
        foreach (var text in new[] { article.Summary, article.Source?.Name, article.Dateline })
        {
            scratch.Add(text, vocabulary);
        }
        foreach (var link in article.Authors.Concat(article.People).Concat(article.Topics))
        {
            scratch.Add(link.Name, vocabulary);
        }
        var bodyWords = scratch.Add(plain, vocabulary);
        var snippet = article.Summary ?? FirstLine(plain);
        return new ArticleText(bodyWords, snippet, scratch.Ordered.ToArray(), titleWords);
    }

    /// <summary>Everything besides the body that <see cref="Read(ArticleView, Vocabulary, Scratch)"/> reads, in one
    /// string: equal strings and the same parse give the same text.</summary>
    public static string InputsOf(ArticleView article) => string.Join("\u0001", new[]
    {
        article.Title, article.Summary, article.Source?.Name, article.Dateline,
        string.Join("\u0002", article.Authors.Concat(article.People).Concat(article.Topics).Select(l => l.Name)),
    });

    /// <summary>The first words of a text on one line, cut at <see cref="SnippetLength"/> characters with an ellipsis.</summary>
    private static string FirstLine(string text)
    {
        var builder = new System.Text.StringBuilder(SnippetLength + 1);
        foreach (var c in text)
        {
            if (builder.Length > SnippetLength)
            {
                break;
            }
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != ' ')
            {
                builder.Append(' ');
            }
        }
        var line = builder.ToString().TrimEnd();
        return line.Length <= SnippetLength ? line : line.Substring(0, SnippetLength).TrimEnd() + "…";
    }

    /// <summary>One thread's buffers for tokenizing: the word being read and the distinct words seen.</summary>
    internal sealed class Scratch
    {
        private readonly char[] _word = new char[MaxWordLength];
        private readonly HashSet<int> _seen = new();

        public List<int> Ordered { get; } = new();

        public void Clear()
        {
            _seen.Clear();
            Ordered.Clear();
        }

        /// <summary>Adds the distinct lower-case words of <paramref name="text"/>; returns how many words it has.</summary>
        public int Add(string? text, Vocabulary vocabulary)
        {
            if (text is null)
            {
                return 0;
            }
            var count = 0;
            var length = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    if (length < _word.Length)
                    {
                        _word[length] = char.ToLowerInvariant(text[i]);
                    }
                    length++;
                    continue;
                }
                if (length > 0)
                {
                    count++;
                    if (length <= MaxWordLength)
                    {
                        var id = vocabulary.Id(new ReadOnlySpan<char>(_word, 0, length));
                        if (_seen.Add(id))
                        {
                            Ordered.Add(id);
                        }
                    }
                }
                length = 0;
            }
            return count;
        }
    }
}
