namespace ContentCheck.Metadata;

/// <summary>One front-matter field of the schema.</summary>
/// <param name="Name">The key as written in front matter.</param>
/// <param name="Kind">Its type.</param>
/// <param name="Required">Whether every article must have it (authors: unless the source allows unsigned copy).</param>
/// <param name="Example">A valid value, shown in messages so a contributor can copy it.</param>
public sealed record FieldDefinition(string Name, FieldKind Kind, bool Required, string Example)
{
    /// <summary>The built-in field whose meaning this field carries (one of <see cref="FieldNames"/>), or null for
    /// a field of the content repo's own. A schema maps e.g. Jekyll's <c>date</c> to <c>published</c>.</summary>
    public string? MapsTo { get; init; } = Name;

    /// <summary>Whether the field holds a list.</summary>
    public bool IsList => Kind is FieldKind.TextList or FieldKind.PersonIdList or FieldKind.TopicIdList or FieldKind.SuppressionList;
}
