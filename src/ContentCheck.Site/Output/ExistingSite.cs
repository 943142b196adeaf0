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
        // Listing 20,000 files costs a stat each (Unix directory entries carry no size or time): split the tree at its
        // second level and list the parts on every core.
        var parts = new List<(string Folder, bool Recurse)> { (root, false) };
        foreach (var top in Directory.EnumerateDirectories(root))
        {
            parts.Add((top, false));
            parts.AddRange(Directory.EnumerateDirectories(top).Select(d => (d, true)));
        }
        var found = new System.Collections.Concurrent.ConcurrentBag<List<(string, long, long)>>();
        Parallel.ForEach(parts, part =>
        {
            // The entry carries what the directory listing already knows: no second stat per file.
            var enumeration = new FileSystemEnumerable<(string Path, long Length, long Ticks)>(part.Folder,
                (ref FileSystemEntry e) => (e.ToSpecifiedFullPath(), e.Length, e.LastWriteTimeUtc.UtcTicks),
                new EnumerationOptions { RecurseSubdirectories = part.Recurse, AttributesToSkip = 0, IgnoreInaccessible = false })
            {
                ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
            };
            found.Add(enumeration.ToList());
        });
        foreach (var (path, length, ticks) in found.SelectMany(list => list))
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
