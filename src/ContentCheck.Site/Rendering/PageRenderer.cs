using System.Text;
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
    private readonly ThreadLocal<PageBuffer> _buffers = new(() => new PageBuffer());

    public PageRenderer(TemplateSet templates, object site, CancellationToken cancellationToken)
    {
        _templates = templates;
        _site = site;
        _contexts = new ThreadLocal<HtmlTemplateContext>(() => new HtmlTemplateContext(templates, HtmlTemplateContext.CreateBuiltins(), cancellationToken));
    }

    /// <summary>Renders <paramref name="template"/> for the page at <paramref name="path"/> inside the layout, as
    /// UTF-8 bytes (no byte order mark).</summary>
    public byte[] RenderUtf8(string template, string path, PageInfo page, IReadOnlyDictionary<string, object?> variables)
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
        // The layout, which holds the whole page, is encoded as it is written instead of becoming a string, then bytes
        // (270 MB less allocated by a generation of 10,000 articles). A render that fails abandons the generation and
        // this renderer with it, so what it left in the writer never reaches another page.
        var buffer = _buffers.Value!;
        buffer.Bytes.SetLength(0);
        context.PushOutput(buffer);
        try
        {
            RenderOne(context, "layout.sbn", globals);
        }
        finally
        {
            context.PopOutput();
        }
        buffer.Writer.Flush();
        return buffer.Bytes.ToArray();
    }

    public void Dispose()
    {
        _contexts.Dispose();
        _buffers.Dispose();
    }

    /// <summary>One thread's page bytes and the writer that encodes into them, reused page after page; the template
    /// output that writes there (Scriban's own TextWriterOutput copies every piece into a substring first).</summary>
    private sealed class PageBuffer : IScriptOutput
    {
        public PageBuffer() => Writer = new StreamWriter(Bytes, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 14, leaveOpen: true);

        public MemoryStream Bytes { get; } = new();

        public StreamWriter Writer { get; }

        public void Write(string text, int offset, int count)
        {
#if NET
            Writer.Write(text.AsSpan(offset, count));
#else
            Writer.Write(text.Substring(offset, count));
#endif
        }

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return default;
        }

        // Template.Render returns its output's text: the bytes are what is wanted here, not a string of them.
        public override string ToString() => string.Empty;
    }

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
