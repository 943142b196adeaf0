using System.Text;
using System.Text.RegularExpressions;

namespace ContentCheck.Documents;

/// <summary>
/// Hides template tags from the Markdown parser without moving a character: a line that is only a tag becomes
/// spaces, a highlight block (<c>{% highlight ruby %}</c> … <c>{% endhighlight %}</c>, Hugo's
/// <c>{{&lt; highlight go &gt;}}</c> … <c>{{&lt; /highlight &gt;}}</c>) becomes a fenced code block, and a
/// Liquid comment block becomes blank. The text keeps its length and line breaks, so every span still points
/// into the file; the prose rules then never read <c># comment</c> lines of a code sample as headings, nor
/// <c>{% assign a = b | where: ... %}</c> as a breadcrumb trail.
/// </summary>
internal static class TemplateMasker
{
    private static readonly Regex LiquidTag = new(@"^\s*\{%-?\s*(?<name>\w+)[^\n]*?-?%\}\s*$", RegexOptions.CultureInvariant);
    // A Liquid output ("{{ site.url }}") inside a line: a word of the same length shaped like a URL ("xx:xxxx..."),
    // so "[1]: {{ site.url }}/x.rbx" stays a link definition, "<{{ release.url.zip }}>" an autolink rather than an
    // HTML tag, and "Hello {{ page.name }}" a sentence.
    private static readonly Regex LiquidOutput = new(@"\{\{[^{}\n]*\}\}", RegexOptions.CultureInvariant);

    private static readonly Regex HugoTag = new(@"^\s*\{\{(?:<|%)\s*/?\s*(?<name>[\w./-]+)[^\n]*?(?:>|%)\}\}\s*$", RegexOptions.CultureInvariant);

    /// <summary>The body with the template tags of <paramref name="syntax"/> masked.</summary>
    public static string Mask(string body, TemplateSyntax syntax)
    {
        if (syntax == TemplateSyntax.None || body.IndexOf('{') < 0)
        {
            return body;
        }
        var text = new StringBuilder(body);
        var inComment = false;
        var lineStart = 0;
        while (lineStart < body.Length)
        {
            var lineEnd = body.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = body.Length;
            }
            var line = body.Substring(lineStart, lineEnd - lineStart).TrimEnd('\r');
            var name = TagOf(line, syntax);
            if (inComment)
            {
                Blank(text, lineStart, line.Length);
                inComment = !(name == "endcomment");
            }
            else if (name is "highlight" or "endhighlight")
            {
                // Liquid's "{% highlight %}" … "{% endhighlight %}" and Hugo's "{{< highlight >}}" … "{{< /highlight >}}":
                // both the opening and the closing line become a fence.
                Fence(text, lineStart, line);
            }
            else if (name is not null)
            {
                inComment = name == "comment";
                Blank(text, lineStart, line.Length);
            }
            else if (syntax == TemplateSyntax.Liquid)
            {
                foreach (Match output in LiquidOutput.Matches(line))
                {
                    for (var i = 0; i < output.Length; i++)
                    {
                        text[lineStart + output.Index + i] = i == 2 ? ':' : 'x';
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return text.ToString();
    }

    /// <summary>The name of the tag the line consists of, or null when it is not a lone tag.</summary>
    private static string? TagOf(string line, TemplateSyntax syntax)
    {
        var match = (syntax == TemplateSyntax.Liquid ? LiquidTag : HugoTag).Match(line);
        return match.Success ? match.Groups["name"].Value : null;
    }

    private static void Fence(StringBuilder text, int lineStart, string line)
    {
        var indent = line.Length - line.TrimStart().Length;
        Blank(text, lineStart, line.Length);
        if (indent <= 3 && line.Length - indent >= 3)
        {
            text[lineStart + indent] = '`';
            text[lineStart + indent + 1] = '`';
            text[lineStart + indent + 2] = '`';
        }
    }

    private static void Blank(StringBuilder text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            text[i] = ' ';
        }
    }
}
