namespace ContentCheck.Rules.Hygiene.Html;

/// <summary>What a raw HTML tag is (its name, opening or closing, empty) and its Markdown equivalent.</summary>
internal static class HtmlTags
{
    /// <summary>Elements that have no closing tag.</summary>
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Whether <paramref name="html"/> is an HTML comment.</summary>
    public static bool IsComment(string html) => html.StartsWith("<!--", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="comment"/> is a ContentCheck suppression comment
    /// (<c>&lt;!-- contentcheck-disable CC3002 --&gt;</c>): those are how rules are silenced, never a finding.</summary>
    public static bool IsSuppression(string comment) =>
        IsComment(comment) && comment.Substring(4).TrimStart().StartsWith("contentcheck-", StringComparison.OrdinalIgnoreCase);

    /// <summary>The tag's name in lower case ("" for a comment or a declaration), whether it closes an element and
    /// whether it stands alone (a void element or <c>&lt;x/&gt;</c>).</summary>
    public static (string Name, bool Closing, bool Empty) Parse(string tag)
    {
        var closing = tag.StartsWith("</", StringComparison.Ordinal);
        var i = closing ? 2 : 1;
        var start = i;
        while (i < tag.Length && (char.IsLetterOrDigit(tag[i]) || tag[i] == '-'))
        {
            i++;
        }
        var name = tag.Substring(start, i - start).ToLowerInvariant();
        var empty = !closing && (name.Length == 0 || Void.Contains(name) || tag.EndsWith("/>", StringComparison.Ordinal));
        return (name, closing, empty);
    }

    /// <summary>How to write an element in Markdown instead.</summary>
    public static string AdviceFor(string name) => name switch
    {
        "b" or "strong" => "write **bold** in Markdown",
        "i" or "em" or "cite" => "write *italics* in Markdown",
        "a" => "write a link as [text](https://example.org/page)",
        "img" => "write an image as ![description](image.jpg)",
        "br" or "p" or "div" => "separate paragraphs with a blank line",
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => "write a subheading as '## Subheading'",
        "ul" or "ol" or "li" => "write a list with '- item' lines",
        "blockquote" => "write a quoted passage with '> ' lines",
        "span" or "font" or "u" or "center" or "small" or "big" => "remove the tag and keep its text",
        "script" or "style" or "iframe" or "object" or "embed" or "form" or "input" or "noscript" => "remove it: pages of the site never run or embed code from an article",
        "" => "remove it",
        _ => "write it in Markdown, or remove the tag and keep its text",
    };
}
