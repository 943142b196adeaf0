using ContentCheck.Documents;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;

namespace ContentCheck.Site.Markdown;

/// <summary>
/// Renders an article body from the tree the engine already parsed (never a second parse) with Markdig's
/// <see cref="HtmlRenderer"/>, made safe for untrusted text: raw HTML is shown as text, and links to anything but
/// http(s), mailto or relative addresses keep their text and lose the link.
/// </summary>
internal static class ArticleBodyRenderer
{
    /// <summary>The body as HTML (empty when the article has none).</summary>
    public static string Render(MarkdownDocument? body) => Render(body, MarkdownPipelines.Article);

    /// <summary>A document parsed with <paramref name="pipeline"/> as HTML.</summary>
    public static string Render(MarkdownDocument? body, Markdig.MarkdownPipeline pipeline)
    {
        if (body is null)
        {
            return string.Empty;
        }
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new SafeLinkInlineRenderer());
        renderer.ObjectRenderers.Replace<AutolinkInlineRenderer>(new SafeAutolinkInlineRenderer());
        renderer.Render(body);
        writer.Flush();
        return writer.ToString();
    }
}
