using AngleSharp.Dom;

namespace ContentCheck.Site.Tests.Infrastructure;

/// <summary>Walks every page of a generated site and lists each internal link (href or src) that does not resolve
/// to a file of the site, or to an element id in it when the link has a fragment. Absolute http(s) links are
/// external and not followed; any other absolute link is a failure (the site links relatively).</summary>
public static class LinkChecker
{
    public static IReadOnlyList<string> FindBrokenLinks(GeneratedSite site)
    {
        var broken = new List<string>();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string page) =>
            ids.TryGetValue(page, out var set) ? set
            : ids[page] = site.Parse(page).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);

        // 404.html is served by a web server at any depth, so its links start at the base URL's path by design.
        foreach (var page in site.Pages.Where(p => p != "404.html"))
        {
            var document = site.Parse(page);
            foreach (var (element, attribute) in document.All.SelectMany(e => new[] { "href", "src" }.Where(e.HasAttribute).Select(a => (e, a))))
            {
                var value = element.GetAttribute(attribute)!;
                if (value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith("https://", StringComparison.Ordinal))
                {
                    continue;
                }
                if (value.Contains(':', StringComparison.Ordinal) || value.StartsWith('/'))
                {
                    broken.Add($"{page}: <{element.LocalName} {attribute}=\"{value}\"> is not a relative link");
                    continue;
                }
                var hash = value.IndexOf('#', StringComparison.Ordinal);
                var target = hash >= 0 ? value.Substring(0, hash) : value;
                var fragment = hash >= 0 ? Uri.UnescapeDataString(value.Substring(hash + 1)) : null;
                var resolved = target.Length == 0 ? page : Resolve(page, target);
                if (resolved is null || !File.Exists(Path.Combine(site.Root, resolved)))
                {
                    broken.Add($"{page}: {attribute}=\"{value}\" points at a missing file ({resolved ?? "outside the site"})");
                }
                else if (fragment is { Length: > 0 } && resolved.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(resolved).Contains(fragment))
                {
                    broken.Add($"{page}: {attribute}=\"{value}\" points at a missing anchor #{fragment} in {resolved}");
                }
            }
        }
        return broken;
    }

    /// <summary>The site-relative file a relative link from <paramref name="page"/> reaches, or null when it climbs out.</summary>
    private static string? Resolve(string page, string link)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var part in Uri.UnescapeDataString(link.Split('?')[0]).Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }
        var path = string.Join('/', parts);
        return link.EndsWith('/') ? path + "/index.html" : path;
    }
}
