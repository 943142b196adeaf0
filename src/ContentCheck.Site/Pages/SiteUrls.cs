namespace ContentCheck.Site.Pages;

/// <summary>Absolute addresses, for the few formats that demand them (feed, sitemap, canonical and Open Graph
/// links). Pages are published at their folder (<c>…/slug/</c>), the way a web server serves <c>index.html</c>.</summary>
internal static class SiteUrls
{
    public static string Absolute(SiteView site, string path) =>
        site.BaseUrl + (path == "index.html" ? string.Empty
            : path.EndsWith("/index.html", StringComparison.Ordinal) ? path.Substring(0, path.Length - "index.html".Length)
            : path);
}
