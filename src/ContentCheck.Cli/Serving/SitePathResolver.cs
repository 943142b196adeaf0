namespace ContentCheck.Cli.Serving;

/// <summary>What a request path maps to in the site folder.</summary>
internal abstract record Resolution
{
    /// <summary>A file inside the site folder.</summary>
    public sealed record File(string FullPath) : Resolution;

    /// <summary>A folder asked for without its trailing slash: redirect, or the page's relative links would resolve
    /// against the parent folder.</summary>
    public sealed record Redirect(string Location) : Resolution;

    /// <summary>Nothing there, or a path that tries to leave the site folder.</summary>
    public sealed record NotFound : Resolution;
}

/// <summary>
/// Maps a request target (<c>/articles/2008/03/18/x/?q</c>, still percent-encoded) to a file of the site folder,
/// <c>index.html</c> for a folder. Never resolves outside the folder: each segment is decoded on its own and refused
/// when it is <c>.</c>, <c>..</c> or carries a separator, a drive colon or a NUL (so <c>/../</c>, <c>%2e%2e%2f</c> and
/// <c>..%5c</c> all fail), and the combined path must still lie under the folder — the file's link target too.
/// </summary>
internal static class SitePathResolver
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static Resolution Resolve(string siteRoot, string requestTarget)
    {
        var root = Path.GetFullPath(siteRoot).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var queryStart = requestTarget.IndexOfAny(['?', '#']);
        var path = queryStart < 0 ? requestTarget : requestTarget[..queryStart];
        var query = queryStart < 0 ? string.Empty : requestTarget[queryStart..];
        if (!path.StartsWith('/'))
        {
            return new Resolution.NotFound();
        }

        var segments = new List<string>();
        foreach (var raw in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            string segment;
            try
            {
                segment = Uri.UnescapeDataString(raw);
            }
            catch (UriFormatException)
            {
                return new Resolution.NotFound();
            }
            if (segment is "." or ".." || segment.IndexOfAny(['/', '\\', ':', '\0']) >= 0)
            {
                return new Resolution.NotFound();
            }
            segments.Add(segment);
        }

        var full = Path.GetFullPath(Path.Combine([root, .. segments]));
        if (!IsInside(root, full))
        {
            return new Resolution.NotFound();
        }
        if (Directory.Exists(full))
        {
            if (!path.EndsWith('/'))
            {
                return new Resolution.Redirect(path + "/" + query);
            }
            full = Path.Combine(full, "index.html");
        }
        return System.IO.File.Exists(full) && LinksInside(root, full) ? new Resolution.File(full) : new Resolution.NotFound();
    }

    private static bool IsInside(string root, string full) =>
        string.Equals(full, root, PathComparison) || full.StartsWith(root + Path.DirectorySeparatorChar, PathComparison);

    // The generator writes plain files; a symbolic link someone put in the folder must not lead out of it.
    private static bool LinksInside(string root, string file)
    {
        var target = new FileInfo(file).ResolveLinkTarget(returnFinalTarget: true);
        return target is null || IsInside(root, Path.GetFullPath(target.FullName));
    }
}
