namespace ContentCheck.Rules.Hygiene.Links;

/// <summary>
/// Resolves a link in an article to the path of the article it names, relative to the content root
/// (<c>articles/2008/03/18/x.md</c>), as the site does: relative to the linking file's folder, or from the content
/// root when it starts with <c>/</c>. Only links to <c>.md</c> files are article links; web addresses, anchors,
/// mail links and links to other files are not.
/// </summary>
internal static class ArticleLinkPath
{
    /// <summary>The resolved path, or null when <paramref name="url"/> is not a link to an article file.
    /// <paramref name="outside"/> is set when the path climbs above the content root.</summary>
    public static string? Resolve(string fromPath, string url, out bool outside)
    {
        outside = false;
        var end = url.IndexOfAny(new[] { '#', '?' });
        var path = end >= 0 ? url.Substring(0, end) : url;
        if (path.Length == 0 || HasScheme(path) || path.StartsWith("//", StringComparison.Ordinal)
            || !path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        path = Uri.UnescapeDataString(path);

        var segments = new List<string>();
        if (!path.StartsWith("/", StringComparison.Ordinal))
        {
            var folder = fromPath.LastIndexOf('/');
            if (folder > 0)
            {
                segments.AddRange(fromPath.Substring(0, folder).Split('/'));
            }
        }
        foreach (var segment in path.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count == 0)
                    {
                        outside = true;
                        return path;
                    }
                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }
        return string.Join("/", segments);
    }

    /// <summary>How <paramref name="fromPath"/> links to <paramref name="toPath"/> (both relative to the content root).</summary>
    public static string Relative(string fromPath, string toPath)
    {
        var from = fromPath.Split('/');
        var to = toPath.Split('/');
        var common = 0;
        while (common < from.Length - 1 && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }
        var ups = Enumerable.Repeat("..", from.Length - 1 - common);
        return string.Join("/", ups.Concat(to.Skip(common)));
    }

    /// <summary>A scheme such as <c>https:</c> or <c>mailto:</c> comes before any slash.</summary>
    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        var slash = url.IndexOf('/');
        return colon > 0 && (slash < 0 || colon < slash);
    }
}
