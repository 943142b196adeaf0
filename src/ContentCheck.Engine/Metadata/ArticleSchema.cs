namespace ContentCheck.Metadata;

/// <summary>The fields an article may have. <see cref="Default"/> is the article format of DESIGN.md.</summary>
public sealed class ArticleSchema
{
    private readonly Dictionary<string, FieldDefinition> _byName;

    /// <summary>Creates a schema from its fields, in documentation order.</summary>
    public ArticleSchema(IEnumerable<FieldDefinition> fields)
    {
        Fields = fields.ToList();
        _byName = Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>The fields in documentation order.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; }

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public FieldDefinition? Find(string name) => _byName.TryGetValue(name, out var f) ? f : null;

    /// <summary>The built-in article format.</summary>
    public static ArticleSchema Default { get; } = new(new[]
    {
        new FieldDefinition(FieldNames.Title, FieldKind.Text, true, "title: US and Russia fail to bridge gap"),
        new FieldDefinition(FieldNames.Source, FieldKind.SourceId, true, "source: bbc-news"),
        new FieldDefinition(FieldNames.Authors, FieldKind.TextList, true, "authors: [Rupert Wingfield-Hayes]"),
        new FieldDefinition(FieldNames.Dateline, FieldKind.Text, false, "dateline: Moscow"),
        new FieldDefinition(FieldNames.Published, FieldKind.Date, true, "published: 2007-10-12T21:15:00+00:00"),
        new FieldDefinition(FieldNames.Updated, FieldKind.Date, false, "updated: 2007-10-13T08:00:00+00:00"),
        new FieldDefinition(FieldNames.Url, FieldKind.Url, false, "url: https://news.bbc.co.uk/2/hi/europe/7041693.stm"),
        new FieldDefinition(FieldNames.Language, FieldKind.LanguageTag, false, "language: en"),
        new FieldDefinition(FieldNames.Topics, FieldKind.TopicIdList, false, "topics: [missile-defence]"),
        new FieldDefinition(FieldNames.People, FieldKind.PersonIdList, false, "people: [sergey-lavrov]"),
        new FieldDefinition(FieldNames.Summary, FieldKind.Text, false, "summary: Talks in Moscow end without agreement."),
        new FieldDefinition(FieldNames.Draft, FieldKind.Boolean, false, "draft: false"),
        new FieldDefinition(FieldNames.Suppress, FieldKind.SuppressionList, false, "suppress: [{id: CC3002, reason: quoting a slogan}]"),
    });
}
