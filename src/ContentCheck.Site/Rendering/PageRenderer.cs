using ContentCheck.Site.Output;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ContentCheck.Site.Rendering;

/// <summary>Renders a page: its own template, then <c>layout.sbn</c> around it. Every template sees <c>site</c>,
/// <c>root</c> (the relative prefix back to the site root), <c>page</c> (title, path, description) and the page's
/// own variables.</summary>
internal sealed class PageRenderer
{
    private readonly TemplateSet _templates;
    private readonly ScriptObject _builtins = HtmlTemplateContext.CreateBuiltins();
    private readonly object _site;
    private readonly CancellationToken _cancellationToken;

    public PageRenderer(TemplateSet templates, object site, CancellationToken cancellationToken)
    {
        _templates = templates;
        _site = site;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Renders <paramref name="template"/> for the page at <paramref name="path"/> inside the layout.</summary>
    public string Render(string template, string path, PageInfo page, IReadOnlyDictionary<string, object?> variables)
    {
        var globals = new ScriptObject
        {
            ["site"] = _site,
            ["root"] = page.Root ?? SitePaths.RootPrefix(path),
            ["page"] = page,
        };
        foreach (var pair in variables)
        {
            globals[pair.Key] = pair.Value;
        }
        var content = RenderOne(template, globals);
        globals["content"] = new RawHtml(content);
        return RenderOne("layout.sbn", globals);
    }

    private string RenderOne(string name, ScriptObject globals)
    {
        var context = new HtmlTemplateContext(_templates, _builtins, _cancellationToken);
        context.PushGlobal(globals);
        try
        {
            return _templates.Get(name).Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            var span = ex.Span;
            throw new SiteGenerationException($"the template failed while rendering a page: {ex.OriginalMessage}",
                span.FileName ?? name, span.Start.Line + 1, span.Start.Column + 1, ex);
        }
    }
}

/// <summary>What the layout needs to know about a page.</summary>
/// <param name="Title">The page's title (the layout adds the site's).</param>
/// <param name="Path">The site-relative path of the page.</param>
/// <param name="Description">One sentence for search engines and link previews, or null.</param>
/// <param name="Head">Extra markup for <c>&lt;head&gt;</c> the site built (JSON-LD, Open Graph), or null.</param>
/// <param name="Root">The prefix of links to the site's root when it cannot be relative (404.html is served at
/// any depth), or null for the relative one.</param>
internal sealed record PageInfo(string Title, string Path, string? Description = null, RawHtml? Head = null, string? Root = null);
