namespace ContentCheck.Metadata;

/// <summary>The type of a front-matter field.</summary>
public enum FieldKind
{
    /// <summary>A single line of text.</summary>
    Text,

    /// <summary>A list of texts (<c>[a, b]</c>).</summary>
    TextList,

    /// <summary>An ISO 8601 date or date-time.</summary>
    Date,

    /// <summary>An absolute http(s) URL.</summary>
    Url,

    /// <summary>An id from <c>sources.yml</c>.</summary>
    SourceId,

    /// <summary>A list of ids from <c>people.yml</c>.</summary>
    PersonIdList,

    /// <summary>A list of ids from <c>topics.yml</c>.</summary>
    TopicIdList,

    /// <summary>A BCP 47 language tag.</summary>
    LanguageTag,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A list of rule ids to suppress, each with a reason.</summary>
    SuppressionList,
}
