namespace ContentCheck.Metadata;

/// <summary>What an article's path encodes under the schema's <see cref="PathLayout"/>.</summary>
/// <param name="FolderDate">The date the path spells, or null when it spells none (or no valid one).</param>
/// <param name="Slug">The slug: the <c>{slug}</c> part, else the file name without <c>.md</c>.</param>
public sealed record ArticlePath(DateTime? FolderDate, string Slug)
{
    /// <summary>The layout pattern the path matched, or null when it matched none.</summary>
    public string? Pattern { get; init; }

    /// <summary>Reads a relative path (with <c>/</c> separators) under the built-in layout.</summary>
    public static ArticlePath Parse(string relativePath) => PathLayout.Default.Parse(relativePath);
}
