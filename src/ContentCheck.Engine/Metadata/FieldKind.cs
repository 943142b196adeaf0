namespace ContentCheck.Metadata;

/// <summary>The type of a front-matter field's value (of each item, for a list field: see <see cref="FieldDefinition.IsList"/>).</summary>
public enum FieldKind
{
    /// <summary>A single line of text (<c>type: string</c>; <c>type: enum</c> is text with allowed values).</summary>
    Text,

    /// <summary>A date or date-time: ISO 8601, or one of the field's declared formats.</summary>
    Date,

    /// <summary>An absolute http(s) URL.</summary>
    Url,

    /// <summary>An id from a registry file (<see cref="FieldDefinition.Registry"/>).</summary>
    RegistryId,

    /// <summary>A BCP 47 language tag.</summary>
    LanguageTag,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A list of rule ids to suppress, each with a reason.</summary>
    SuppressionList,
}
