#if NET
using System.IO.Enumeration;
#endif

namespace ContentCheck.Site.Output;

/// <summary>The files of the previously published site with their length and timestamp, listed in one pass (a
/// missing folder is an empty site). Generation compares against it, and deletes what it no longer produces.</summary>
internal sealed class ExistingSite
{
    private ExistingSite(Dictionary<string, (long Length, long LastWriteTicks)> files) => Files = files;

    /// <summary>Site-relative path (<c>/</c> separators) → length and last write time (UTC ticks).</summary>
    public IReadOnlyDictionary<string, (long Length, long LastWriteTicks)> Files { get; }

    public static ExistingSite Scan(string root)
    {
        var files = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            return new ExistingSite(files);
        }
#if NET
        // The entry carries what the directory listing already knows: no second stat per file.
        var enumeration = new FileSystemEnumerable<(string Path, long Length, long Ticks)>(root,
            (ref FileSystemEntry e) => (e.ToSpecifiedFullPath(), e.Length, e.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        };
        foreach (var (path, length, ticks) in enumeration)
        {
            files[Relative(root, path)] = (length, ticks);
        }
#else
        foreach (var info in new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            files[Relative(root, info.FullName)] = (info.Length, info.LastWriteTimeUtc.Ticks);
        }
#endif
        return new ExistingSite(files);
    }

    private static string Relative(string root, string path) =>
        path.Substring(root.Length + 1).Replace(Path.DirectorySeparatorChar, '/');
}
