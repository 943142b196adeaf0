namespace ContentCheck.Packaging.Tests;

/// <summary>Articles the tests add to a fresh repo.</summary>
internal static class Articles
{
    /// <summary>An article whose published date is no date (CC2001) and the line every consumer must print for it.</summary>
    public const string BadDatePath = "articles/2008/03/18/bad-date.md";

    public const string BadDate = "---\ntitle: Bad\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2008-13-45\n---\nBody.\n";

    public const string BadDateLine =
        "articles/2008/03/18/bad-date.md(5,12,5,22): error CC2001: '2008-13-45' in 'published' is not a valid date; write it in ISO 8601, one of: 2008-03-18, 2008-03-18T21:15:00+00:00, 2008-03-18T21:15Z";
}
