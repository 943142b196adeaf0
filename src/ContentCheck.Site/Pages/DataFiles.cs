using System.Globalization;
using System.Text;

namespace ContentCheck.Site.Pages;

/// <summary>The corpus as data: <c>corpus.jsonl</c> (one JSON object per article: metadata and plain text) and
/// <c>articles.csv</c> (metadata, one row per article, RFC 4180), both ordered by source path, with LF line endings like every file of the site.</summary>
internal static class DataFiles
{
    public static void Write(SiteBuild build)
    {
        var site = build.Model.Site;
        var jsonl = new StringBuilder();
        var csv = new StringBuilder("path,url,title,source,authors,dateline,published,updated,language,topics,people,words\n");
        foreach (var a in build.Model.ByPath)
        {
            build.CancellationToken.ThrowIfCancellationRequested();
            var article = a.Article;
            jsonl.Append(Json.ForData(w =>
            {
                w.WriteStartObject();
                w.WriteString("path", article.Path);
                w.WriteString("url", SiteUrls.Absolute(site, a.Path));
                w.WriteString("title", a.Title);
                Json.Optional(w, "source", article.Source);
                Json.Optional(w, "source_name", a.Source?.Name);
                Json.Strings(w, "authors", article.Authors);
                Json.Optional(w, "dateline", a.Dateline);
                w.WriteString("published", a.Published.Iso);
                Json.Optional(w, "updated", a.Updated?.Iso);
                w.WriteString("language", a.Language);
                Json.Strings(w, "topics", article.Topics);
                Json.Strings(w, "people", article.People);
                Json.Optional(w, "summary", a.Summary);
                Json.Optional(w, "original_url", a.OriginalUrl);
                w.WriteNumber("words", a.WordCount);
                w.WriteString("text", a.PlainText);
                w.WriteEndObject();
            })).Append('\n');
            csv.Append(string.Join(",", new[]
            {
                article.Path, SiteUrls.Absolute(site, a.Path), a.Title, article.Source ?? string.Empty, string.Join("; ", article.Authors),
                a.Dateline ?? string.Empty, a.Published.Iso, a.Updated?.Iso ?? string.Empty, a.Language,
                string.Join("; ", article.Topics), string.Join("; ", article.People), a.WordCount.ToString(CultureInfo.InvariantCulture),
            }.Select(Csv))).Append('\n');
        }
        build.Output.WriteText("corpus.jsonl", jsonl.ToString());
        build.Output.WriteText("articles.csv", csv.ToString());
    }

    /// <summary>A CSV field: quoted when it holds a comma, a quote or a line break (quotes doubled).</summary>
    private static string Csv(string value) =>
        value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
