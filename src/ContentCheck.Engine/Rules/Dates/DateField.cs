using ContentCheck.Analysis;
using ContentCheck.Metadata;
using ContentCheck.Yaml;

namespace ContentCheck.Rules.Dates;

/// <summary>A date field as the date rules need it: the value's node (for the span) and the parsed date.</summary>
internal readonly record struct DateField(string Name, YamlScalar Node, ArticleDate Date)
{
    /// <summary>The field with the built-in meaning <paramref name="role"/> (under whatever name the schema gives it)
    /// when it holds a date that parses (CC2001 reports the others).</summary>
    public static DateField? Find(ArticleContext context, string role) =>
        context.Project.Schema.ForRole(role) is { } field
        && context.FrontMatter.Find(field.Name)?.Value is YamlScalar { IsNull: false } node
        && ArticleDate.TryParse(node.Value, field.DateFormats, out var date)
            ? new DateField(field.Name, node, date)
            : null;

    /// <summary>The value as written, trimmed, for messages.</summary>
    public string Text => Node.Value.Trim();
}
