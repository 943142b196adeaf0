namespace ContentCheck.Project;

/// <summary>The settings of <c>site.yml</c>.</summary>
/// <param name="Title">The site's title.</param>
/// <param name="Description">One sentence about the corpus.</param>
/// <param name="BaseUrl">The absolute address the site is published at, ending in <c>/</c> (used only where a
/// format demands absolute URLs: feed, sitemap, canonical links); every link between pages is relative.</param>
/// <param name="Language">The BCP 47 language of the site's own text.</param>
public sealed record SiteSettings(string Title, string Description, string BaseUrl, string Language)
{
    /// <summary>Settings used where there is no <c>site.yml</c>.</summary>
    public static SiteSettings Default { get; } = new("Corpus", string.Empty, "https://example.org/", "en");
}
