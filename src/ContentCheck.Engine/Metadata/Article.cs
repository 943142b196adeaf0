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

    /// <summary>The schema the view was read with.</summary>
    public ArticleSchema Schema { get; private set; } = ArticleSchema.Default;

    /// <summary>The value of the field that carries the built-in meaning <paramref name="role"/> (one of
    /// <see cref="FieldNames"/>) as written in this article's own front matter, or null when it has none.
    /// Rules find a field's node through this, so a schema that renames a field moves their spans with it.</summary>
    public YamlNode? FieldNode(string role) =>
        Schema.ForRole(role) is { } field ? Document.FrontMatter?.Find(field.Name)?.Value : null;

    /// <summary>Reads the typed view of a document under the built-in schema.</summary>
    public static Article Read(ArticleDocument document) => Read(document, ArticleSchema.Default);

    /// <summary>Reads the typed view of a document: each built-in meaning from the field the schema maps to it,
    /// or from the defaults the schema gives the article's folder when the front matter does not set it.</summary>
    public static Article Read(ArticleDocument document, ArticleSchema schema)
    {
        var article = new Article(document) { Schema = schema, PathInfo = schema.Layout.Parse(document.Path) };
        if (document.FrontMatter is null)
        {
            return article;
        }
        article.Title = Text(article.Value(FieldNames.Title));
        article.Source = Text(article.Value(FieldNames.Source));
        article.Authors = List(article.Value(FieldNames.Authors));
        article.Dateline = Text(article.Value(FieldNames.Dateline));
        article.Published = article.Date(FieldNames.Published);
        article.Updated = article.Date(FieldNames.Updated);
        article.Url = Text(article.Value(FieldNames.Url));
        article.Language = Text(article.Value(FieldNames.Language));
        article.Topics = List(article.Value(FieldNames.Topics));
        article.People = List(article.Value(FieldNames.People));
        article.Summary = Text(article.Value(FieldNames.Summary));
        article.Draft = Text(article.Value(FieldNames.Draft)) is { } draft && bool.TryParse(draft, out var isDraft) && isDraft;
        return article;
    }

    /// <summary>The article's own value for <paramref name="role"/>, else the one its folder inherits.</summary>
    private YamlNode? Value(string role) =>
        Schema.ForRole(role) is not { } field ? null
        : Document.FrontMatter?.Find(field.Name)?.Value ?? Schema.DefaultFor(Path, field.Name);

    private ArticleDate? Date(string role) =>
        Text(Value(role)) is { } text && ArticleDate.TryParse(text, Schema.ForRole(role)!.DateFormats, out var date) ? date : null;

    private static string? Text(YamlNode? node) =>
        node is YamlScalar { IsNull: false } s && s.Value.Trim().Length > 0 ? s.Value.Trim() : null;

    /// <summary>A list's text items; a single text is a one-item list, as Jekyll's <c>author: Jane Doe</c> is.</summary>
    private static IReadOnlyList<string> List(YamlNode? node) => node switch
    {
        YamlSequence seq => TrimmedTexts(seq.Items),
        YamlScalar when Text(node) is { } single => new[] { single },
        _ => Array.Empty<string>(),
    };

    // A loop, not LINQ: three lists of every article are read on every build.
    private static List<string> TrimmedTexts(IReadOnlyList<YamlNode> items)
    {
        var texts = new List<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlScalar { IsNull: false } scalar && scalar.Value.Trim() is { Length: > 0 } text)
            {
                texts.Add(text);
            }
        }
        return texts;
    }
}
