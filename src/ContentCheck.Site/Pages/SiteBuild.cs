using ContentCheck.Site.Output;
using ContentCheck.Site.Rendering;

namespace ContentCheck.Site.Pages;

/// <summary>What every stage of a generation shares: the model, the renderer, the output and the options.</summary>
internal sealed class SiteBuild(SiteModel model, PageRenderer renderer, SiteOutput output, ThemeFiles theme, SiteOptions options, CancellationToken cancellationToken)
{
    public SiteModel Model => model;

    public SiteOutput Output => output;

    public ThemeFiles Theme => theme;

    public SiteOptions Options => options;

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>HTML pages written so far.</summary>
    public int PageCount => PagePaths.Count;

    /// <summary>The site-relative paths of the HTML pages written so far.</summary>
    public List<string> PagePaths { get; } = new();

    /// <summary>Renders and writes one HTML page.</summary>
    public void WritePage(string template, PageInfo page, IReadOnlyDictionary<string, object?> variables)
    {
        cancellationToken.ThrowIfCancellationRequested();
        output.WriteText(page.Path, renderer.Render(template, page.Path, page, variables));
        PagePaths.Add(page.Path);
    }
}
