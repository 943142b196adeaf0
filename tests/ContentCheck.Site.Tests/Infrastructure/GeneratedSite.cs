using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ContentCheck.Site.Tests.Infrastructure;

/// <summary>A generated site on disk, read with a real HTML5 parser.</summary>
public sealed class GeneratedSite
{
    private static readonly HtmlParser Parser = new();

    public GeneratedSite(string root) => Root = root;

    /// <summary>The path of the site's base URL (from its feed's id): where a server publishes it.</summary>
    public string BasePath => new Uri(System.Xml.Linq.XDocument.Parse(Read("feed.xml")).Root!.Element(System.Xml.Linq.XName.Get("id", "http://www.w3.org/2005/Atom"))!.Value).AbsolutePath;

    /// <summary>The site folder.</summary>
    public string Root { get; }

    /// <summary>Every file, site-relative with <c>/</c> separators, ordered.</summary>
    public IReadOnlyList<string> Files =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal).ToList();

    /// <summary>Every HTML page, site-relative.</summary>
    public IReadOnlyList<string> Pages => Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public IDocument Parse(string relativePath) => Parser.ParseDocument(Read(relativePath));

    /// <summary>The site-relative page of an article whose path ends with <paramref name="slug"/>.</summary>
    public string ArticlePage(string slug) =>
        Pages.Single(p => p.StartsWith("articles/", StringComparison.Ordinal) && p.EndsWith("/" + slug + "/index.html", StringComparison.Ordinal));
}
