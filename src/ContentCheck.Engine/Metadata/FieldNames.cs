namespace ContentCheck.Metadata;

/// <summary>The front-matter keys of the built-in article format.</summary>
public static class FieldNames
{
#pragma warning disable CS1591 // The names are their own documentation.
    public const string Title = "title";
    public const string Source = "source";
    public const string Authors = "authors";
    public const string Dateline = "dateline";
    public const string Published = "published";
    public const string Updated = "updated";
    public const string Url = "url";
    public const string Language = "language";
    public const string Topics = "topics";
    public const string People = "people";
    public const string Summary = "summary";
    public const string Draft = "draft";
    public const string Suppress = "suppress";
#pragma warning restore CS1591
}
