using ContentCheck.Analysis;
using ContentCheck.Metadata;
using ContentCheck.Yaml;

namespace ContentCheck.Rules.Metadata;

/// <summary>What several metadata rules ask of the front matter: its entries paired with their schema field,
/// and whether a field is required of this article.</summary>
internal static class FrontMatterFields
{
    /// <summary>Every top-level entry whose key is a field of the schema, in document order (duplicates included).</summary>
    public static IEnumerable<(YamlEntry Entry, FieldDefinition Field)> Known(ArticleContext context)
    {
        foreach (var entry in context.FrontMatter.Entries)
        {
            if (entry.Key is YamlScalar && context.Project.Schema.Find(entry.Name) is { } field)
            {
                yield return (entry, field);
            }
        }
    }

    /// <summary>Whether every article of this kind must give <paramref name="field"/> a value: <c>authors</c> is
    /// not required of a source marked <c>unsigned: true</c> in sources.yml.</summary>
    public static bool IsRequired(FieldDefinition field, ArticleContext context) =>
        field.Required && !(field.MapsTo == FieldNames.Authors && context.Project.IsUnsignedSource(context.Article.Source));
}
