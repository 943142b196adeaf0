using ContentCheck.Site.Rendering;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace ContentCheck.Site.Markdown;

/// <summary>Links and images whose address is not safe (<see cref="SafeUrl.IsAllowedInBody"/>) keep their text
/// (an image its alternative text) and lose the address.</summary>
internal sealed class SafeLinkInlineRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (SafeUrl.IsAllowedInBody(url))
        {
            base.Write(renderer, link);
        }
        else
        {
            renderer.WriteChildren(link);
        }
    }
}

/// <summary>An autolink (<c>&lt;https://…&gt;</c>) with an unsafe scheme is written as text.</summary>
internal sealed class SafeAutolinkInlineRenderer : AutolinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline obj)
    {
        if (obj.IsEmail || SafeUrl.IsAllowedInBody(obj.Url))
        {
            base.Write(renderer, obj);
        }
        else
        {
            renderer.WriteEscape(obj.Url);
        }
    }
}
