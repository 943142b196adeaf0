using System.Collections.Concurrent;

namespace ContentCheck.Site.Tests.Infrastructure;

/// <summary>Walks every page of a generated site and lists each internal link (href or src) that does not resolve
/// to a file of the site, or to an element id in it when the link has a fragment. Absolute http(s) links are
/// external and not followed; any other absolute link is a failure (the site links relatively).</summary>
public static class LinkChecker
{
    public static IReadOnlyList<string> FindBrokenLinks(GeneratedSite site)
    {
        // Each page is parsed once (in parallel: a site of a few hundred articles has about a thousand pages) for its
        // links and its ids; the links are then resolved against the files and the ids.
        var pages = new ConcurrentDictionary<string, (List<(string Element, string Attribute, string Value)> Links, HashSet<string> Ids)>(StringComparer.Ordinal);
        Parallel.ForEach(site.Pages, page =>
        {
            var document = site.Parse(page);
            var links = document.All.SelectMany(e => new[] { "href", "src" }.Where(e.HasAttribute).Select(a => (e.LocalName, a, e.GetAttribute(a)!))).ToList();
            pages[page] = (links, document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal));
        });

        var broken = new List<string>();
        // 404.html is served by a web server at any depth, so its links start at the base URL's path by design.
        foreach (var page in site.Pages.Where(p => p != "404.html"))
        {
            foreach (var (element, attribute, value) in pages[page].Links)
            {
                if (value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith("https://", StringComparison.Ordinal))
                {
                    continue;
                }
                if (value.Contains(':', StringComparison.Ordinal) || value.StartsWith('/'))
                {
                    broken.Add($"{page}: <{element} {attribute}=\"{value}\"> is not a relative link");
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
                else if (fragment is { Length: > 0 } && resolved.EndsWith(".html", StringComparison.Ordinal) && !pages[resolved].Ids.Contains(fragment))
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
