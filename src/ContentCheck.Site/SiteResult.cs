namespace ContentCheck.Site;

/// <summary>What a generation produced.</summary>
/// <param name="PageCount">HTML pages written.</param>
/// <param name="FilesWritten">All files written (pages, assets, feeds, data).</param>
/// <param name="TotalBytes">The size of everything written.</param>
/// <param name="Elapsed">How long the generation took.</param>
public sealed record SiteResult(int PageCount, int FilesWritten, long TotalBytes, TimeSpan Elapsed);
