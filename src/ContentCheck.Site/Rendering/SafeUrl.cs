namespace ContentCheck.Site.Rendering;

/// <summary>Which addresses may become links: http(s) and mailto, or relative ones. Anything else
/// (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>) is shown as text, never as a link.</summary>
internal static class SafeUrl
{
    /// <summary>Whether <paramref name="url"/> is an absolute http or https address.</summary>
    public static bool IsHttp(string? url) =>
        Scheme(url) is "http" or "https" && Uri.TryCreate(url!.Trim(), UriKind.Absolute, out _);

    /// <summary>Whether a link in an article body may point at <paramref name="url"/>.</summary>
    public static bool IsAllowedInBody(string? url)
    {
        if (url is null)
        {
            return false;
        }
        var scheme = Scheme(url);
        return scheme is null or "http" or "https" or "mailto";
    }

    /// <summary>The lower-case scheme, or null for a relative address. Browsers ignore whitespace and control
    /// characters inside a scheme (<c>java&#9;script:</c>), so they are dropped before looking.</summary>
    private static string? Scheme(string? url)
    {
        if (url is null)
        {
            return null;
        }
        // One pass over the address, building only the scheme (every article's addresses pass here on every build).
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':')
            {
                var scheme = new System.Text.StringBuilder(i);
                for (var j = 0; j < i; j++)
                {
                    if (!IsIgnored(url[j]))
                    {
                        scheme.Append(char.ToLowerInvariant(url[j]));
                    }
                }
                return scheme.ToString();
            }
            if (c is '/' or '?' or '#')
            {
                return null;
            }
        }
        return null;
    }

    private static bool IsIgnored(char c) => c <= ' ' || c == '\u007f';
}
