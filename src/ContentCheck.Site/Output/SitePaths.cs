using System.Text;

namespace ContentCheck.Site.Output;

/// <summary>How the site names its files: every folder name is built from <c>[a-z0-9-]</c> only, so whatever a slug
/// or an id contains, a path cannot climb out of the site, need URL escaping or differ by file system.</summary>
internal static class SitePaths
{
    private const int MaxSegmentLength = 80;

    /// <summary>A folder name for <paramref name="raw"/> (a slug, an id, a name): lower-case ASCII letters and digits
    /// joined by <c>-</c>; <c>item</c> when nothing is left.</summary>
    public static string Segment(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }
            if (builder.Length >= MaxSegmentLength)
            {
                break;
            }
        }
        var segment = builder.ToString().Trim('-');
        return segment.Length == 0 ? "item" : segment;
    }

    /// <summary>The prefix that leads from the page at <paramref name="pagePath"/> (site-relative, <c>/</c>
    /// separators) back to the site root: <c>""</c> for <c>index.html</c>, <c>"../../"</c> two folders down. Links
    /// built on it work from disk and under any base path.</summary>
    public static string RootPrefix(string pagePath)
    {
        var depth = pagePath.Count(c => c == '/');
        return depth == 0 ? string.Empty : string.Concat(Enumerable.Repeat("../", depth));
    }
}

/// <summary>Hands out unique page paths: a second page that would land on a taken path gets <c>-2</c>, <c>-3</c>…
/// Called in a deterministic order, so the same input always gives the same paths.</summary>
internal sealed class PathAllocator
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>A free <c>folder/segment/index.html</c> path.</summary>
    public string Allocate(string folder, string raw)
    {
        var segment = SitePaths.Segment(raw);
        var candidate = segment;
        for (var n = 2; !_used.Add(folder + "/" + candidate); n++)
        {
            candidate = segment + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return folder + "/" + candidate + "/index.html";
    }
}
