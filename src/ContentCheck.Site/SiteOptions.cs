using ContentCheck.Diagnostics;

namespace ContentCheck.Site;

/// <summary>How to generate the corpus site.</summary>
/// <param name="OutputDirectory">The folder the site is written to; the site owns it (files it did not produce are
/// deleted). Nothing in it changes until every page rendered: new and changed files are prepared in a temporary
/// sibling folder and moved into place one rename each, unchanged files are left alone, and when there is no previous
/// site the prepared folder is renamed into place whole.</param>
public sealed record SiteOptions(string OutputDirectory)
{
    /// <summary>The absolute address the site is published at; overrides <c>site.yml</c>'s <c>base_url</c>. Used
    /// only where a format demands absolute URLs (feed, sitemap, canonical and Open Graph links).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The folder whose files override the built-in templates and assets, file by file (same names);
    /// default: <c>&lt;content root&gt;/theme</c>. A missing folder means the built-in theme.</summary>
    public string? ThemeDirectory { get; init; }

    /// <summary>A file outside the site (in <c>obj/</c>) where the generation records each file's hash, length and
    /// timestamp, so the next one recognizes unchanged files without reading them back; null to compare bytes with the
    /// published files instead (same result, more reading). Never inside <see cref="OutputDirectory"/>.</summary>
    public string? ManifestPath { get; init; }

    /// <summary>The rules to document under <c>rules/</c> (one page each, from the rule's embedded page).</summary>
    public IReadOnlyList<DiagnosticDescriptor> Rules { get; init; } = [];

    /// <summary>What the previous generation of this site in this process rendered each page from, so pages whose
    /// inputs did not change are kept without rendering; needs <see cref="ManifestPath"/>. Null: render every page.</summary>
    public Output.PageCache? PageCache { get; init; }
}
