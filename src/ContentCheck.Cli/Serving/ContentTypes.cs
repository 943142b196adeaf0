namespace ContentCheck.Cli.Serving;

/// <summary>The media type of each kind of file the site generator writes (and the few a theme may add), so a
/// browser renders pages, runs the search script and shows the charts; anything else is a download.</summary>
internal static class ContentTypes
{
    private const string Fallback = "application/octet-stream";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".jsonl"] = "application/jsonl; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".md"] = "text/markdown; charset=utf-8",
        // The Atom feed and the sitemap: served as XML so a browser shows them rather than downloading them.
        [".xml"] = "application/xml; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".ico"] = "image/x-icon",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
        [".pdf"] = "application/pdf",
        [".wasm"] = "application/wasm",
    };

    /// <summary>The <c>Content-Type</c> of a file, by its extension.</summary>
    public static string Of(string path) => ByExtension.TryGetValue(Path.GetExtension(path), out var type) ? type : Fallback;
}
