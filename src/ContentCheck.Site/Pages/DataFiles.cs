using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ContentCheck.Site.Pages;

/// <summary>The corpus as data: <c>corpus.jsonl</c> (one JSON object per article: metadata and plain text) and
/// <c>articles.csv</c> (metadata, one row per article, RFC 4180), both ordered by source path, with LF line endings
/// like every file of the site. Both are streamed to disk article by article: the corpus never sits in memory as text.</summary>
internal static class DataFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly char[] CsvSpecials = { ',', '"', '\r', '\n' };

    public static void Write(SiteBuild build)
    {
        build.AddFile(() => build.Output.WriteStream("corpus.jsonl", stream => WriteJsonLines(build, stream)));
        build.AddFile(() => build.Output.WriteStream("articles.csv", stream => WriteCsv(build, stream)));
    }

    private static void WriteJsonLines(SiteBuild build, Stream stream)
    {
        // With a page cache (the build server), the model already made each article's line from the plain text it read
        // for the search index (see SiteModel.Build): here they are copied. Without one, each line is made here and
        // dropped at once, so the corpus never sits in memory as text.
        var memo = build.Options.PageCache?.Lines;
        using var lines = new LineWriter();
        foreach (var a in build.Model.ByPath)
        {
            build.CancellationToken.ThrowIfCancellationRequested();
            var line = memo is null ? lines.JsonLine(build.Model.Site, a, a.RenderPlainText())
                : memo.Get(a.Article.Document, a.Key, () => lines.JsonLine(build.Model.Site, a, a.RenderPlainText()));
            stream.Write(line, 0, line.Length);
        }
    }

    /// <summary>Makes articles' lines of <c>corpus.jsonl</c>; one per thread (it reuses its buffer).</summary>
    internal sealed class LineWriter : IDisposable
    {
        private readonly MemoryStream _buffer = new();
        private readonly Utf8JsonWriter _writer;

        public LineWriter() => _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = Json.DataEncoder });

        /// <summary>The article's line, newline included, with <paramref name="plain"/> as its text.</summary>
        public byte[] JsonLine(SiteView site, ArticleView a, string plain)
        {
            var article = a.Article;
            _buffer.SetLength(0);
            // One JSON document per line: the writer starts afresh for each.
            _writer.Reset(_buffer);
            _writer.WriteStartObject();
            _writer.WriteString("path", article.Path);
            _writer.WriteString("url", SiteUrls.Absolute(site, a.Path));
            _writer.WriteString("title", a.Title);
            Json.Optional(_writer, "source", article.Source);
            Json.Optional(_writer, "source_name", a.Source?.Name);
            Json.Strings(_writer, "authors", article.Authors);
            Json.Optional(_writer, "dateline", a.Dateline);
            _writer.WriteString("published", a.Published.Iso);
            Json.Optional(_writer, "updated", a.Updated?.Iso);
            _writer.WriteString("language", a.Language);
            Json.Strings(_writer, "topics", article.Topics);
            Json.Strings(_writer, "people", article.People);
            Json.Optional(_writer, "summary", a.Summary);
            Json.Optional(_writer, "original_url", a.OriginalUrl);
            _writer.WriteNumber("words", a.WordCount);
            _writer.WriteString("text", plain);
            _writer.WriteEndObject();
            _writer.Flush();
            _buffer.WriteByte((byte)'\n');
            return _buffer.ToArray();
        }

        public void Dispose() => _writer.Dispose();
    }

    private static readonly byte[] CsvHeader = Utf8.GetBytes("path,url,title,source,authors,dateline,published,updated,language,topics,people,words\n");

    private static void WriteCsv(SiteBuild build, Stream stream)
    {
        // As corpus.jsonl's lines: with a page cache (the build server) each article's row is kept while its visible
        // fields are unchanged, so an edit copies 10,000 rows instead of formatting them again.
        var memo = build.Options.PageCache?.Rows;
        var row = new StringBuilder();
        stream.Write(CsvHeader, 0, CsvHeader.Length);
        foreach (var a in build.Model.ByPath)
        {
            build.CancellationToken.ThrowIfCancellationRequested();
            var bytes = memo is null ? CsvRow(build.Model.Site, a, row) : memo.Get(a.Article.Document, a.Key, () => new CsvRowBytes(CsvRow(build.Model.Site, a, row))).Bytes;
            stream.Write(bytes, 0, bytes.Length);
        }
    }

    /// <summary>An article's row of <c>articles.csv</c>, line break included, as UTF-8; <paramref name="row"/> is a
    /// buffer the caller reuses.</summary>
    private static byte[] CsvRow(SiteView site, ArticleView a, StringBuilder row)
    {
        var article = a.Article;
        row.Clear();
        Field(row, article.Path);
        Field(row, SiteUrls.Absolute(site, a.Path));
        Field(row, a.Title);
        Field(row, article.Source ?? string.Empty);
        Field(row, string.Join("; ", article.Authors));
        Field(row, a.Dateline ?? string.Empty);
        Field(row, a.Published.Iso);
        Field(row, a.Updated?.Iso ?? string.Empty);
        Field(row, a.Language);
        Field(row, string.Join("; ", article.Topics));
        Field(row, string.Join("; ", article.People));
        row.Append(a.WordCount.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return Utf8.GetBytes(row.ToString());
    }

    /// <summary>A CSV field and its comma: quoted when it holds a comma, a quote or a line break (quotes doubled).</summary>
    private static void Field(StringBuilder row, string value)
    {
        if (value.IndexOfAny(CsvSpecials) >= 0)
        {
            row.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
        }
        else
        {
            row.Append(value);
        }
        row.Append(',');
    }

    /// <summary>An article's row of <c>articles.csv</c> as kept by <see cref="Output.PageCache.Rows"/> (a type of its
    /// own: a memo keeps one value of each type per document).</summary>
    internal sealed class CsvRowBytes(byte[] bytes)
    {
        public byte[] Bytes { get; } = bytes;
    }
}
