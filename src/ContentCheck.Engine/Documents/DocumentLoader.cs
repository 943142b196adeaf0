using ContentCheck.Text;
using ContentCheck.Yaml;
using Markdig;

namespace ContentCheck.Documents;

/// <summary>
/// Reads an article file once: bytes → UTF-8 text (BOM optional, LF or CRLF) → front matter between
/// <c>---</c> lines → YAML tree and Markdown tree. Broken input becomes a <see cref="DocumentProblem"/>
/// or <see cref="ArticleDocument.YamlError"/>; nothing escapes as an exception.
/// </summary>
public static class DocumentLoader
{
    /// <summary>Files larger than this (8 MiB) are reported instead of parsed: no real article is that big.</summary>
    public const int MaxFileBytes = 8 * 1024 * 1024;

    /// <summary>Loads a file from disk.</summary>
    /// <param name="fullPath">Where it is.</param>
    /// <param name="path">How diagnostics name it (relative to the content root, <c>/</c> separators).</param>
    /// <param name="templates">The template tags the body may hold, hidden from the Markdown parser.</param>
    public static ArticleDocument Load(string fullPath, string path, TemplateSyntax templates = TemplateSyntax.None)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > MaxFileBytes)
            {
                var big = new ArticleDocument(fullPath, path, new SourceText(string.Empty));
                big.Problem = new DocumentProblem(DocumentProblemKind.TooLarge, default, info.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
                return big;
            }
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var unreadable = new ArticleDocument(fullPath, path, new SourceText(string.Empty));
            unreadable.Problem = new DocumentProblem(DocumentProblemKind.Unreadable, default, ex.Message);
            return unreadable;
        }
        return Parse(bytes, fullPath, path, templates);
    }

    /// <summary>Parses bytes already in memory (tests, tools, caches).</summary>
    public static ArticleDocument Parse(byte[] bytes, string fullPath, string path, TemplateSyntax templates = TemplateSyntax.None)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Problem is not null)
        {
            return new ArticleDocument(fullPath, path, decoded.Text) { HadByteOrderMark = decoded.HadByteOrderMark, Problem = decoded.Problem };
        }
        return Parse(decoded.Text.Text, fullPath, path, decoded.HadByteOrderMark, templates);
    }

    /// <summary>Parses decoded text.</summary>
    public static ArticleDocument Parse(string text, string fullPath, string path, bool hadByteOrderMark = false, TemplateSyntax templates = TemplateSyntax.None)
    {
        // Text handed over as a string (an editor buffer, a test) may still start with the BOM character;
        // offsets are into the text without it, as for files read from bytes.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
            hadByteOrderMark = true;
        }
        var source = new SourceText(text);
        var doc = new ArticleDocument(fullPath, path, source) { HadByteOrderMark = hadByteOrderMark };

        if (string.IsNullOrWhiteSpace(text))
        {
            doc.Problem = new DocumentProblem(DocumentProblemKind.Empty, default, string.Empty);
            doc.BodySpan = new TextSpan(0, text.Length);
            return doc;
        }

        if (!IsFenceLine(source, 0, allowDots: false))
        {
            doc.Problem = new DocumentProblem(DocumentProblemKind.NoFrontMatter, source.GetLineSpan(0), string.Empty);
            doc.BodySpan = new TextSpan(0, text.Length);
            doc.Templates = templates;
            doc.Body = ParseMarkdown(text, templates);
            return doc;
        }

        doc.OpeningFenceSpan = source.GetLineSpan(0);
        var closingLine = -1;
        for (var line = 1; line < source.LineCount; line++)
        {
            if (IsFenceLine(source, line, allowDots: true))
            {
                closingLine = line;
                break;
            }
        }

        if (closingLine < 0)
        {
            doc.Problem = new DocumentProblem(DocumentProblemKind.UnclosedFrontMatter, doc.OpeningFenceSpan, string.Empty);
            doc.BodySpan = new TextSpan(text.Length, 0);
            return doc;
        }

        var yamlStart = source.LineCount > 1 ? source.GetLineStart(1) : text.Length;
        var yamlEnd = source.GetLineStart(closingLine);
        doc.FrontMatterSpan = TextSpan.FromBounds(yamlStart, yamlEnd);
        var bodyStart = closingLine + 1 < source.LineCount ? source.GetLineStart(closingLine + 1) : text.Length;
        doc.BodySpan = TextSpan.FromBounds(bodyStart, text.Length);
        doc.Templates = templates;
        doc.Body = ParseMarkdown(doc.BodyText, templates);

        var result = YamlTreeReader.Read(text.Substring(yamlStart, yamlEnd - yamlStart), yamlStart);
        if (result.Error is not null)
        {
            doc.YamlError = result.Error;
            return doc;
        }
        switch (result.Root)
        {
            case YamlMapping mapping:
                doc.FrontMatter = mapping;
                break;
            case null:
                // "---\n---": an empty front matter is a mapping with no keys; the required-field rule speaks.
                doc.FrontMatter = new YamlMapping(new TextSpan(yamlStart, 0), Array.Empty<YamlEntry>());
                break;
            default:
                doc.Problem = new DocumentProblem(DocumentProblemKind.FrontMatterNotMapping, result.Root.Span, result.Root.KindName);
                break;
        }
        return doc;
    }

    private static Markdig.Syntax.MarkdownDocument ParseMarkdown(string markdown) =>
        Markdown.Parse(markdown, MarkdownPipelines.Article);

    /// <summary>Parses a body with its template tags masked: at load, and again for a released tree.</summary>
    internal static Markdig.Syntax.MarkdownDocument ParseMarkdown(string body, TemplateSyntax templates) =>
        ParseMarkdown(TemplateMasker.Mask(body, templates));

    /// <summary>A fence is <c>---</c> (or <c>...</c> to close, as YAML allows) with only trailing whitespace.</summary>
    private static bool IsFenceLine(SourceText source, int line, bool allowDots)
    {
        var span = source.GetLineSpan(line);
        var text = source.Text;
        if (span.Length < 3)
        {
            return false;
        }
        var c = text[span.Start];
        if (c != '-' && !(allowDots && c == '.'))
        {
            return false;
        }
        if (text[span.Start + 1] != c || text[span.Start + 2] != c)
        {
            return false;
        }
        for (var i = span.Start + 3; i < span.End; i++)
        {
            if (text[i] != ' ' && text[i] != '\t')
            {
                return false;
            }
        }
        return true;
    }
}
