using ContentCheck.Documents;
using ContentCheck.Yaml;

namespace ContentCheck.Metadata;

/// <summary>The fields an article may have, the defaults it inherits and the layout of article paths.
/// <see cref="Default"/> is the article format of DESIGN.md; a content repo may declare its own in
/// <c>contentcheck.schema.yml</c> (see <see cref="Project.ArticleSchemaLoader"/>).</summary>
public sealed class ArticleSchema
{
    private readonly Dictionary<string, FieldDefinition> _byName;
    private readonly Dictionary<string, FieldDefinition> _byRole;

    /// <summary>Creates a schema from its fields, in documentation order.</summary>
    public ArticleSchema(IEnumerable<FieldDefinition> fields, PathLayout? layout = null, IReadOnlyList<FieldDefaults>? defaults = null,
        bool allowUnknownFields = false, string? path = null, TemplateSyntax templates = TemplateSyntax.None)
    {
        Templates = templates;
        Fields = fields.ToList();
        _byName = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        _byRole = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            // The schema loader reports duplicates; here the first declaration wins.
            if (!_byName.ContainsKey(field.Name))
            {
                _byName.Add(field.Name, field);
            }
            if (field.MapsTo is { } role && !_byRole.ContainsKey(role))
            {
                _byRole.Add(role, field);
            }
        }
        Layout = layout ?? PathLayout.Default;
        Defaults = defaults ?? Array.Empty<FieldDefaults>();
        AllowUnknownFields = allowUnknownFields;
        Path = path;
    }

    /// <summary>The fields in documentation order.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; }

    /// <summary>Where articles live and what their paths encode.</summary>
    public PathLayout Layout { get; }

    /// <summary>Values inherited by folder glob, in declaration order (a later match wins).</summary>
    public IReadOnlyList<FieldDefaults> Defaults { get; }

    /// <summary>Whether front-matter keys the schema does not declare are accepted (CC1006 is then silent).</summary>
    public bool AllowUnknownFields { get; }

    /// <summary>The template tags article bodies may hold (<c>templates: liquid</c> in a Jekyll repo's schema).</summary>
    public TemplateSyntax Templates { get; }

    /// <summary>The schema file (relative to the content root), or null for the built-in schema.</summary>
    public string? Path { get; }

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public FieldDefinition? Find(string name) => _byName.TryGetValue(name, out var f) ? f : null;

    /// <summary>The field that carries the built-in meaning <paramref name="role"/> (one of <see cref="FieldNames"/>), or null.</summary>
    public FieldDefinition? ForRole(string role) => _byRole.TryGetValue(role, out var f) ? f : null;

    /// <summary>The value an article at <paramref name="relativePath"/> inherits for <paramref name="fieldName"/>, or null.</summary>
    public YamlNode? DefaultFor(string relativePath, string fieldName)
    {
        YamlNode? value = null;
        foreach (var defaults in Defaults)
        {
            if (defaults.Applies(relativePath))
            {
                foreach (var entry in defaults.Values)
                {
                    if (entry.Name == fieldName)
                    {
                        value = entry.Value;
                    }
                }
            }
        }
        return value;
    }

    /// <summary>The built-in article format.</summary>
    public static ArticleSchema Default { get; } = new(new[]
    {
        new FieldDefinition(FieldNames.Title, FieldKind.Text, true, "title: US and Russia fail to bridge gap"),
        new FieldDefinition(FieldNames.Source, FieldKind.RegistryId, true, "source: bbc-news") { Registry = RegistryKind.Sources },
        new FieldDefinition(FieldNames.Authors, FieldKind.Text, true, "authors: [Rupert Wingfield-Hayes]") { IsList = true },
        new FieldDefinition(FieldNames.Dateline, FieldKind.Text, false, "dateline: Moscow"),
        new FieldDefinition(FieldNames.Published, FieldKind.Date, true, "published: 2007-10-12T21:15:00+00:00"),
        new FieldDefinition(FieldNames.Updated, FieldKind.Date, false, "updated: 2007-10-13T08:00:00+00:00"),
        new FieldDefinition(FieldNames.Url, FieldKind.Url, false, "url: https://news.bbc.co.uk/2/hi/europe/7041693.stm"),
        new FieldDefinition(FieldNames.Language, FieldKind.LanguageTag, false, "language: en"),
        new FieldDefinition(FieldNames.Topics, FieldKind.RegistryId, false, "topics: [missile-defence]") { IsList = true, Registry = RegistryKind.Topics },
        new FieldDefinition(FieldNames.People, FieldKind.RegistryId, false, "people: [sergey-lavrov]") { IsList = true, Registry = RegistryKind.People },
        new FieldDefinition(FieldNames.Summary, FieldKind.Text, false, "summary: Talks in Moscow end without agreement."),
        new FieldDefinition(FieldNames.Draft, FieldKind.Boolean, false, "draft: false"),
        new FieldDefinition(FieldNames.Suppress, FieldKind.SuppressionList, false, "suppress: [{id: CC3002, reason: quoting a slogan}]"),
    });
}
