using System.Text;

namespace ContentCheck.Rules.Corpus;

/// <summary>
/// The identity of an article's original address, so two spellings of one address compare equal: scheme and
/// host in any case, <c>http</c> or <c>https</c>, a default port written out or not, a trailing slash, a
/// fragment, and <c>utm_*</c> tracking parameters make no difference. The path and the other query
/// parameters (in their order) do, since sites use them to tell articles apart.
/// </summary>
internal static class UrlKey
{
    /// <summary>The comparison key of <paramref name="url"/>; text that is not an absolute http(s) address is
    /// compared as written (trimmed), so even a malformed value finds its twin.</summary>
    public static string Of(string url)
    {
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return trimmed;
        }
        var key = new StringBuilder("http(s)://").Append(uri.Host.ToLowerInvariant());
        if (!uri.IsDefaultPort)
        {
            key.Append(':').Append(uri.Port);
        }
        var path = uri.AbsolutePath;
        key.Append(path, 0, path.Length - CountTrailingSlashes(path));
        AppendQueryWithoutTracking(key, uri.Query);
        return key.ToString();
    }

    private static int CountTrailingSlashes(string path)
    {
        var n = 0;
        while (n < path.Length && path[path.Length - 1 - n] == '/')
        {
            n++;
        }
        return n;
    }

    private static void AppendQueryWithoutTracking(StringBuilder key, string query)
    {
        var separator = '?';
        foreach (var parameter in query.TrimStart('?').Split('&'))
        {
            if (parameter.Length == 0 || parameter.StartsWith("utm_", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            key.Append(separator).Append(parameter);
            separator = '&';
        }
    }
}
