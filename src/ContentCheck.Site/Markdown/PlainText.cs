using Markdig.Renderers;
using Markdig.Syntax;

namespace ContentCheck.Site.Markdown;

/// <summary>An article body as plain text (for corpus.jsonl, word counts and the search index; words are counted
/// by <see cref="Search.ArticleText"/>), rendered from the
/// parsed tree with Markdig's renderer in text mode, as <c>Markdown.ToPlainText</c> does without parsing again.</summary>
internal static class PlainText
{
    public static string Render(MarkdownDocument? body)
    {
        if (body is null)
        {
            return string.Empty;
        }
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        renderer.Render(body);
        writer.Flush();
        return writer.ToString().Trim();
    }
}
