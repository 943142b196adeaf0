using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContentCheck.Site.Markdown;

/// <summary>A raw HTML block becomes a paragraph of its text, escaped: visible to the reader (so nothing is lost
/// silently; CC4xxx reports it) and inert.</summary>
internal sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        renderer.EnsureLine();
        renderer.Write("<p class=\"raw-html\">");
        renderer.WriteLeafRawLines(obj, true, true);
        renderer.Write("</p>");
        renderer.EnsureLine();
    }
}

/// <summary>An inline HTML tag is written as escaped text.</summary>
internal sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj) => renderer.WriteEscape(obj.Tag);
}
