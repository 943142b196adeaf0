namespace ContentCheck.Site;

/// <summary>What a generation produced.</summary>
/// <param name="PageCount">HTML pages in the site.</param>
/// <param name="FilesWritten">Files written by this generation: new or changed ones (an unchanged file is not
/// rewritten, so a generation of unchanged input writes none).</param>
/// <param name="TotalBytes">The size of the whole site.</param>
/// <param name="Elapsed">How long the generation took.</param>
public sealed record SiteResult(int PageCount, int FilesWritten, long TotalBytes, TimeSpan Elapsed)
{
    /// <summary>Every file of the site (pages, assets, feeds, data, search index).</summary>
    public int FileCount { get; init; }

    /// <summary>Files of the previous site that the site no longer has, deleted by this generation.</summary>
    public int FilesDeleted { get; init; }
}
