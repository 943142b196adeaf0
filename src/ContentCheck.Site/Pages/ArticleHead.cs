using System.Text;
using ContentCheck.Site.Rendering;

namespace ContentCheck.Site.Pages;

/// <summary>What an article page adds to <c>&lt;head&gt;</c>: its canonical address, Open Graph tags and schema.org
/// <c>NewsArticle</c> JSON-LD. Every attribute value is escaped; the JSON escapes &lt; so it cannot close its script.</summary>
internal static class ArticleHead
{
    public static RawHtml Build(SiteView site, ArticleView article)
    {
        var url = SiteUrls.Absolute(site, article.Path);
        var html = new StringBuilder();
        void Tag(string element, string attribute, string key, string? value)
        {
            if (value is not null)
            {
                html.Append('<').Append(element).Append(' ').Append(attribute).Append("=\"").Append(Html.Escape(key))
                    .Append("\" ").Append(element == "link" ? "href" : "content").Append("=\"").Append(Html.Escape(value)).Append("\">\n");
            }
        }
        Tag("link", "rel", "canonical", url);
        Tag("meta", "property", "og:type", "article");
        Tag("meta", "property", "og:title", article.Title);
        Tag("meta", "property", "og:description", article.Summary);
        Tag("meta", "property", "og:url", url);
        Tag("meta", "property", "og:site_name", site.Title);
        Tag("meta", "property", "og:locale", article.Language.Replace('-', '_'));
        Tag("meta", "property", "article:published_time", article.Published.Iso);
        Tag("meta", "property", "article:modified_time", article.Updated?.Iso);
        foreach (var author in article.Authors)
        {
            Tag("meta", "property", "article:author", author.Name);
        }
        foreach (var topic in article.Topics)
        {
            Tag("meta", "property", "article:tag", topic.Name);
        }
        html.Append("<script type=\"application/ld+json\">").Append(JsonLd(site, article, url)).Append("</script>");
        return new RawHtml(html.ToString());
    }

    private static string JsonLd(SiteView site, ArticleView article, string url) => Json.ForHtml(w =>
    {
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "NewsArticle");
        w.WriteString("headline", article.Title);
        w.WriteString("datePublished", article.Published.Iso);
        w.WriteString("dateModified", (article.Updated ?? article.Published).Iso);
        w.WriteString("url", url);
        w.WriteString("mainEntityOfPage", url);
        w.WriteString("inLanguage", article.Language);
        Json.Optional(w, "description", article.Summary);
        Json.Optional(w, "dateline", article.Dateline);
        Json.Optional(w, "isBasedOn", article.OriginalUrl);
        Json.Optional(w, "copyrightNotice", article.Credit);
        w.WriteNumber("wordCount", article.WordCount);
        Persons(w, "author", article.Authors);
        if (article.Source is { } source)
        {
            w.WriteStartObject("publisher");
            w.WriteString("@type", "NewsMediaOrganization");
            w.WriteString("name", source.Name);
            Json.Optional(w, "url", source.Homepage);
            w.WriteEndObject();
        }
        if (article.Topics.Count > 0)
        {
            w.WriteString("keywords", string.Join(", ", article.Topics.Select(t => t.Name)));
        }
        if (article.People.Count > 0)
        {
            Persons(w, "about", article.People);
        }
        w.WriteEndObject();
    });

    private static void Persons(System.Text.Json.Utf8JsonWriter w, string property, IReadOnlyList<LinkView> people)
    {
        w.WriteStartArray(property);
        foreach (var person in people)
        {
            w.WriteStartObject();
            w.WriteString("@type", "Person");
            w.WriteString("name", person.Name);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
