using ContentCheck.Diagnostics;

namespace ContentCheck.Site;

/// <summary>How to generate the corpus site.</summary>
/// <param name="OutputDirectory">The folder the site is written to. It is replaced as a whole, atomically: the site
/// is rendered into a temporary sibling folder and swapped in only when every file was written.</param>
public sealed record SiteOptions(string OutputDirectory)
{
    /// <summary>The absolute address the site is published at; overrides <c>site.yml</c>'s <c>base_url</c>. Used
    /// only where a format demands absolute URLs (feed, sitemap, canonical and Open Graph links).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The folder whose files override the built-in templates and assets, file by file (same names);
    /// default: <c>&lt;content root&gt;/theme</c>. A missing folder means the built-in theme.</summary>
    public string? ThemeDirectory { get; init; }

    /// <summary>The rules to document under <c>rules/</c> (one page each, from the rule's embedded page).</summary>
    public IReadOnlyList<DiagnosticDescriptor> Rules { get; init; } = [];
}
