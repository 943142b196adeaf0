namespace ContentCheck.Build;

/// <summary>
/// The path a user sees in a diagnostic: relative to the folder the build was started from
/// (<c>$(MSBuildStartupDirectory)</c>) when the file is below it — so <c>dotnet build</c> at the repo root prints
/// <c>content/articles/2008/03/18/x.md(5,12,5,22)</c> — and absolute otherwise, so it is always clickable.
/// </summary>
internal static class DisplayPaths
{
    /// <summary>Creates the mapping for a content root and a startup folder (either may be null or empty).</summary>
    public static Func<string, string> Create(string contentRoot, string? startupDirectory)
    {
        var root = Path.GetFullPath(contentRoot);
        var startup = string.IsNullOrEmpty(startupDirectory) ? null : Path.GetFullPath(startupDirectory!);
        return relative =>
        {
            var full = Path.GetFullPath(Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar)));
            if (startup is null)
            {
                return full;
            }
            var fromStartup = Path.GetRelativePath(startup, full);
            return fromStartup.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(fromStartup)
                ? full
                : fromStartup.Replace(Path.DirectorySeparatorChar, '/');
        };
    }
}
