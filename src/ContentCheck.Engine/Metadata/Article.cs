using ContentCheck.Documents;
using ContentCheck.Yaml;

namespace ContentCheck.Metadata;

/// <summary>
/// The typed view of an article, read once after parsing: each field holds its value when it is present
/// and of the right type, otherwise null or empty (the metadata rules report why). The site and the corpus
/// rules read this, never the raw YAML.
/// </summary>
public sealed class Article
{
    private Article(ArticleDocument document) => Document = document;

    /// <summary>The parsed file.</summary>
    public ArticleDocument Document { get; }

    /// <summary>The path relative to the content root.</summary>
    public string Path => Document.Path;

    /// <summary>What the path encodes.</summary>
    public ArticlePath PathInfo { get; private set; } = new(null, string.Empty);

    /// <summary><c>title</c>.</summary>
    public string? Title { get; private set; }

    /// <summary><c>source</c>.</summary>
    public string? Source { get; private set; }

    /// <summary><c>authors</c>.</summary>
    public IReadOnlyList<string> Authors { get; private set; } = Array.Empty<string>();

    /// <summary><c>dateline</c>.</summary>
    public string? Dateline { get; private set; }

    /// <summary><c>published</c>, when it parses.</summary>
    public ArticleDate? Published { get; private set; }

    /// <summary><c>updated</c>, when it parses.</summary>
    public ArticleDate? Updated { get; private set; }

    /// <summary><c>url</c>.</summary>
    public string? Url { get; private set; }

    /// <summary><c>language</c>.</summary>
    public string? Language { get; private set; }

    /// <summary><c>topics</c>.</summary>
    public IReadOnlyList<string> Topics { get; private set; } = Array.Empty<string>();

    /// <summary><c>people</c>.</summary>
    public IReadOnlyList<string> People { get; private set; } = Array.Empty<string>();

    /// <summary><c>summary</c>.</summary>
    public string? Summary { get; private set; }

    /// <summary><c>draft</c>.</summary>
    public bool Draft { get; private set; }

    /// <summary>The value of the field that carries the built-in meaning <paramref name="role"/> (one of
    /// <see cref="FieldNames"/>) as written in this article's front matter, or null when it has none.
    /// Rules find a field's node through this, so a schema that renames a field moves their spans with it.</summary>
    public YamlNode? FieldNode(string role) => Document.FrontMatter?.Find(role)?.Value;

    /// <summary>Reads the typed view of a document.</summary>
    public static Article Read(ArticleDocument document)
    {
        var article = new Article(document) { PathInfo = ArticlePath.Parse(document.Path) };
        var fm = document.FrontMatter;
        if (fm is null)
        {
            return article;
        }
        article.Title = Text(fm, FieldNames.Title);
        article.Source = Text(fm, FieldNames.Source);
        article.Authors = List(fm, FieldNames.Authors);
        article.Dateline = Text(fm, FieldNames.Dateline);
        article.Published = Date(fm, FieldNames.Published);
        article.Updated = Date(fm, FieldNames.Updated);
        article.Url = Text(fm, FieldNames.Url);
        article.Language = Text(fm, FieldNames.Language);
        article.Topics = List(fm, FieldNames.Topics);
        article.People = List(fm, FieldNames.People);
        article.Summary = Text(fm, FieldNames.Summary);
        article.Draft = Text(fm, FieldNames.Draft) is { } draft && bool.TryParse(draft, out var isDraft) && isDraft;
        return article;
    }

    private static string? Text(YamlMapping fm, string key) =>
        fm.Find(key)?.Value is YamlScalar { IsNull: false } s && s.Value.Trim().Length > 0 ? s.Value.Trim() : null;

    private static IReadOnlyList<string> List(YamlMapping fm, string key) =>
        fm.Find(key)?.Value is YamlSequence seq
            ? seq.Items.OfType<YamlScalar>().Where(s => !s.IsNull && s.Value.Trim().Length > 0).Select(s => s.Value.Trim()).ToList()
            : Array.Empty<string>();

    private static ArticleDate? Date(YamlMapping fm, string key) =>
        Text(fm, key) is { } text && ArticleDate.TryParse(text, out var date) ? date : null;
}
