using System.Text;
using System.Xml;

namespace ContentCheck.Site.Pages;

/// <summary>The Atom feed (<c>feed.xml</c>, the newest articles) and <c>sitemap.xml</c> (every page).</summary>
internal static class Feeds
{
    /// <summary>Entries in the feed.</summary>
    public const int FeedSize = 50;

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void WriteAtom(SiteBuild build)
    {
        var site = build.Model.Site;
        var entries = build.Model.Newest.Take(FeedSize).ToList();
        build.Output.WriteBytes("feed.xml", Xml(writer =>
        {
            writer.WriteStartElement("feed", AtomNamespace);
            writer.WriteAttributeString("xml", "lang", null, site.Language);
            writer.WriteElementString("title", AtomNamespace, site.Title);
            if (site.Description.Length > 0)
            {
                writer.WriteElementString("subtitle", AtomNamespace, site.Description);
            }
            writer.WriteElementString("id", AtomNamespace, site.BaseUrl);
            Link(writer, site.BaseUrl, "alternate");
            Link(writer, site.BaseUrl + "feed.xml", "self");
            // The feed's own date is its newest entry's, never the clock: the same corpus gives the same feed.
            var updated = entries.Count == 0 ? "1970-01-01T00:00:00Z" : entries.Select(Updated).OrderBy(u => u, StringComparer.Ordinal).Last();
            writer.WriteElementString("updated", AtomNamespace, updated);
            writer.WriteStartElement("generator", AtomNamespace);
            writer.WriteString("ContentCheck");
            writer.WriteEndElement();
            foreach (var article in entries)
            {
                writer.WriteStartElement("entry", AtomNamespace);
                writer.WriteElementString("title", AtomNamespace, article.Title);
                var url = SiteUrls.Absolute(site, article.Path);
                writer.WriteElementString("id", AtomNamespace, url);
                Link(writer, url, "alternate");
                writer.WriteElementString("published", AtomNamespace, Rfc3339(article.PublishedDate));
                writer.WriteElementString("updated", AtomNamespace, Updated(article));
                foreach (var author in article.Authors.DefaultIfEmpty(new LinkView(article.Source?.Name ?? site.Title, null)))
                {
                    writer.WriteStartElement("author", AtomNamespace);
                    writer.WriteElementString("name", AtomNamespace, author.Name);
                    writer.WriteEndElement();
                }
                foreach (var topic in article.Topics)
                {
                    writer.WriteStartElement("category", AtomNamespace);
                    writer.WriteAttributeString("term", topic.Name);
                    writer.WriteEndElement();
                }
                if (article.Summary is not null)
                {
                    writer.WriteElementString("summary", AtomNamespace, article.Summary);
                }
                if (article.Credit is not null)
                {
                    writer.WriteElementString("rights", AtomNamespace, article.Credit);
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }));
    }

    /// <summary>Every HTML page but <c>404.html</c>; article pages carry their last change.</summary>
    /// <summary>Plans <c>sitemap.xml</c>: every page but 404 in path order, an article's with its date. Its inputs
    /// are those paths and dates, so an edit that changes neither keeps the file (21,500 URLs at 10,000 articles).</summary>
    public static void WriteSitemap(SiteBuild build, IReadOnlyList<string> pagePaths) =>
        build.AddFile("sitemap.xml", () => SitemapInputs.Of(build.Model, pagePaths), inputs =>
        {
            var site = build.Model.Site;
            build.Output.WriteBytes("sitemap.xml", Xml(writer =>
            {
                writer.WriteStartElement("urlset", SitemapNamespace);
                for (var i = 0; i < inputs.Paths.Length; i++)
                {
                    writer.WriteStartElement("url", SitemapNamespace);
                    writer.WriteElementString("loc", SitemapNamespace, SiteUrls.Absolute(site, inputs.Paths[i]));
                    if (inputs.Dates[i] is { } date)
                    {
                        writer.WriteElementString("lastmod", SitemapNamespace, date);
                    }
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }));
        });

    /// <summary>What the sitemap shows: the pages' paths in order and each one's date (null: not an article).</summary>
    private sealed class SitemapInputs
    {
        private SitemapInputs(string[] paths, string?[] dates)
        {
            Paths = paths;
            Dates = dates;
        }

        public string[] Paths { get; }

        public string?[] Dates { get; }

        public static SitemapInputs Of(SiteModel model, IReadOnlyList<string> pagePaths)
        {
            var lastModified = new Dictionary<string, string>(model.ByPath.Count, StringComparer.Ordinal);
            foreach (var a in model.ByPath)
            {
                lastModified[a.Path] = a.Updated?.Iso ?? a.Published.Iso;
            }
            var paths = pagePaths.Where(p => p != "404.html").ToArray();
            Array.Sort(paths, StringComparer.Ordinal);
            var dates = new string?[paths.Length];
            for (var i = 0; i < paths.Length; i++)
            {
                dates[i] = lastModified.TryGetValue(paths[i], out var date) ? date : null;
            }
            return new SitemapInputs(paths, dates);
        }

        public override bool Equals(object? obj) => obj is SitemapInputs other && Paths.AsSpan().SequenceEqual(other.Paths)
            && Dates.AsSpan().SequenceEqual(other.Dates);

        public override int GetHashCode() => Paths.Length;
    }

    private static void Link(XmlWriter writer, string href, string rel)
    {
        writer.WriteStartElement("link", AtomNamespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static string Updated(ArticleView article) =>
        Rfc3339(article.Article.Updated is { } updated && updated.Instant > article.PublishedDate.Instant ? updated : article.PublishedDate);

    /// <summary>Atom wants a full date-time; a date alone is read as midnight UTC.</summary>
    private static string Rfc3339(Metadata.ArticleDate date) =>
        date.Instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        return stream.ToArray();
    }
}
