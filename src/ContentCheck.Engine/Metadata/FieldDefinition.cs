using System.Text.RegularExpressions;

namespace ContentCheck.Metadata;

/// <summary>One front-matter field of the schema: the built-in ones of DESIGN.md, or one a content repo declares
/// in its schema file.</summary>
/// <param name="Name">The key as written in front matter.</param>
/// <param name="Kind">Its type (of each item, for a list).</param>
/// <param name="Required">Whether every article must have it (authors: unless the source allows unsigned copy).</param>
/// <param name="Example">A valid line, shown in messages so a contributor can copy it.</param>
public sealed record FieldDefinition(string Name, FieldKind Kind, bool Required, string Example)
{
    /// <summary>The built-in field whose meaning this field carries (one of <see cref="FieldNames"/>), or null for
    /// a field of the content repo's own. A schema maps e.g. Jekyll's <c>date</c> to <c>published</c>.</summary>
    public string? MapsTo { get; init; } = Name;

    /// <summary>Whether the field holds a list (<c>[a, b]</c>) of values of <see cref="Kind"/>.</summary>
    public bool IsList { get; init; } = Kind == FieldKind.SuppressionList;

    /// <summary>For <see cref="FieldKind.RegistryId"/>: the registry the ids resolve in.</summary>
    public RegistryKind? Registry { get; init; }

    /// <summary>The only values allowed (an enum), or null for any.</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>A regular expression every text value must match, or null.</summary>
    public Regex? Pattern { get; init; }

    /// <summary>The fewest characters a text value may have, or null.</summary>
    public int? MinLength { get; init; }

    /// <summary>The most characters a text value may have, or null.</summary>
    public int? MaxLength { get; init; }

    /// <summary>For <see cref="FieldKind.Date"/>: .NET custom formats accepted besides ISO 8601
    /// (e.g. <c>yyyy-MM-dd HH:mm:ss zzz</c> for Jekyll's <c>2013-12-02 07:37:00 -0400</c>).</summary>
    public IReadOnlyList<string> DateFormats { get; init; } = Array.Empty<string>();
}
