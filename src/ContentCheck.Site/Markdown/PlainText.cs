using Markdig.Renderers;
using Markdig.Syntax;

namespace ContentCheck.Site.Markdown;

/// <summary>An article body as plain text (for corpus.jsonl, word counts and the search index), rendered from the
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

    /// <summary>Words, as a reader counts them: runs of letters or digits.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
