using ContentCheck.Site.Rendering;
using System.Text;

namespace ContentCheck.Site.Pages;

/// <summary>
/// Client-side search that works from disk with no server: the build writes <c>search/index.js</c> (a script, not
/// JSON, because browsers refuse <c>fetch</c> of a local file) holding, per article, its title, page, source, date, a
/// snippet and the distinct words of its text; <c>assets/search.js</c> matches the query's words as prefixes.
/// The index grows with the corpus (about 2 KB an article), which suits corpora of up to some thousands of articles.
/// </summary>
internal static class SearchIndex
{
    private const int SnippetLength = 200;

    public static void Write(SiteBuild build)
    {
        var json = Json.ForHtml(w =>
        {
            w.WriteStartArray();
            foreach (var a in build.Model.Newest)
            {
                build.CancellationToken.ThrowIfCancellationRequested();
                w.WriteStartObject();
                w.WriteString("t", a.Title);
                w.WriteString("u", a.Path);
                Json.Optional(w, "s", a.Source?.Name);
                w.WriteString("d", a.Published.Day);
                w.WriteString("i", a.Published.Iso);
                w.WriteString("x", Snippet(a));
                w.WriteString("w", string.Join(" ", Words(a)));
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });
        build.Output.WriteText("search/index.js", "window.contentCheckSearchIndex = " + json + ";\n");
        build.WritePage("search.sbn", new PageInfo("Search", "search/index.html", "Search the full text of every article."),
            new Dictionary<string, object?>());
    }

    private static string Snippet(ArticleView article)
    {
        var text = article.Summary ?? article.PlainText.Replace('\n', ' ');
        return text.Length <= SnippetLength ? text : text.Substring(0, SnippetLength).TrimEnd() + "…";
    }

    /// <summary>The distinct lower-case words of the title, summary, names and body, in first-seen order.</summary>
    private static IEnumerable<string> Words(ArticleView a)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var text = string.Join(" ", new[] { a.Title, a.Summary ?? string.Empty, a.Source?.Name ?? string.Empty, a.Dateline ?? string.Empty }
            .Concat(a.Authors.Select(x => x.Name)).Concat(a.People.Select(x => x.Name)).Concat(a.Topics.Select(x => x.Name))
            .Append(a.PlainText));
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                var w = word.ToString();
                word.Clear();
                if (seen.Add(w))
                {
                    yield return w;
                }
            }
        }
    }
}
