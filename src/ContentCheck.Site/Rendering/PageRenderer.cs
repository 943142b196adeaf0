using ContentCheck.Site.Output;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ContentCheck.Site.Rendering;

/// <summary>Renders a page: its own template, then <c>layout.sbn</c> around it. Every template sees <c>site</c>,
/// <c>root</c> (the relative prefix back to the site root), <c>page</c> (title, path, description) and the page's
/// own variables (which may replace <c>page</c> with a fuller one for the same path: an article builds its head only
/// when it renders). Safe to call from several threads: each thread reuses one template context, because a fresh
/// context per page rebuilds Scriban's reflection caches (member accessors, included templates) every time.</summary>
internal sealed class PageRenderer : IDisposable
{
    private readonly TemplateSet _templates;
    private readonly object _site;
    private readonly ThreadLocal<HtmlTemplateContext> _contexts;

    public PageRenderer(TemplateSet templates, object site, CancellationToken cancellationToken)
    {
        _templates = templates;
        _site = site;
        _contexts = new ThreadLocal<HtmlTemplateContext>(() => new HtmlTemplateContext(templates, HtmlTemplateContext.CreateBuiltins(), cancellationToken));
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
        var context = _contexts.Value!;
        var content = RenderOne(context, template, globals);
        globals["content"] = new RawHtml(content);
        return RenderOne(context, "layout.sbn", globals);
    }

    public void Dispose() => _contexts.Dispose();

    private string RenderOne(HtmlTemplateContext context, string name, ScriptObject globals)
    {
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
        finally
        {
            // Page variables never leak into the next page; a failed render abandons the whole generation anyway.
            context.PopGlobal();
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
