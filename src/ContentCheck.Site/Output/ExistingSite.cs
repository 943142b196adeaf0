#if NET
using System.Collections.Concurrent;
using System.IO.Enumeration;
#endif

namespace ContentCheck.Site.Output;

/// <summary>The files of the previously published site with their length and timestamp (a missing folder is an empty
/// site). Generation compares against it, and deletes what it no longer produces. Listed in one pass over the whole
/// tree (<see cref="Scan"/>), or, when the last generation of this process left its folders' timestamps, checked
/// against its manifest (<see cref="Check"/>): a folder whose timestamp did not move holds the same names as then, so
/// only its files are looked at (a stat each), and only folders that changed are listed. At 10,000 articles the site
/// has 28,000 folders for 21,800 files: listing them all costs a directory open and read per folder, twice the system
/// time of a stat per folder and file.</summary>
internal sealed class ExistingSite
{
    /// <summary>A folder timestamp this recent (against the clock when it was read) may not have moved yet for a change
    /// made right after: timestamps are coarse (a few milliseconds on ext4, seconds on some file systems). Such a folder
    /// is listed at the next generation instead of trusted, as Git does with its "racily clean" index entries.</summary>
    private static readonly long RacyTicks = TimeSpan.FromSeconds(2).Ticks;

    private ExistingSite(Dictionary<string, (long Length, long LastWriteTicks)> files, Dictionary<string, long> folders, long checkedAt, int listed)
    {
        Files = files;
        Folders = folders;
        CheckedAt = checkedAt;
        FoldersListed = listed;
    }

    /// <summary>Site-relative path (<c>/</c> separators) → length and last write time (UTC ticks).</summary>
    public IReadOnlyDictionary<string, (long Length, long LastWriteTicks)> Files { get; }

    /// <summary>Site-relative folder (<c>""</c> for the site folder) → its last write time (UTC ticks), read before the
    /// folder was listed or checked.</summary>
    public IReadOnlyDictionary<string, long> Folders { get; }

    /// <summary>When the listing or check began (UTC ticks).</summary>
    public long CheckedAt { get; }

    /// <summary>Folders whose entries were listed: every folder after <see cref="Scan"/>; after <see cref="Check"/>
    /// only those that changed or were racily recent.</summary>
    public int FoldersListed { get; }

    /// <summary>The folder timestamps to remember for the next generation's <see cref="Check"/>, after a commit that
    /// wrote or deleted <paramref name="touched"/> (site-relative file paths): every folder of
    /// <paramref name="files"/>; a folder the commit changed, one not read, or one read racily recent is marked to be
    /// listed (-1).</summary>
    public IReadOnlyDictionary<string, long> FolderStampsAfter(IEnumerable<string> files, IEnumerable<string> touched)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in touched)
        {
            for (var folder = Parent(path); changed.Add(folder) && folder.Length > 0; folder = Parent(folder))
            {
            }
        }
        var stamps = new Dictionary<string, long>(Folders.Count, StringComparer.Ordinal);
        foreach (var path in files)
        {
            for (var folder = Parent(path); !stamps.ContainsKey(folder); folder = Parent(folder))
            {
                stamps[folder] = !changed.Contains(folder) && Folders.TryGetValue(folder, out var ticks) && ticks >= 0 && ticks < CheckedAt - RacyTicks
                    ? ticks : -1;
                if (folder.Length == 0)
                {
                    break;
                }
            }
        }
        return stamps;
    }

    /// <summary>The previous site, checked against <paramref name="known"/> (the manifest this process saved, with its
    /// folders' timestamps) when it has them, else listed whole.</summary>
    public static ExistingSite Check(string root, SiteManifest? known)
    {
#if NET
        if (known?.Folders is { } folders && Directory.Exists(root) && TryCheck(root, known, folders) is { } site)
        {
            return site;
        }
#endif
        return Scan(root);
    }

    /// <summary>Lists the whole previous site.</summary>
    public static ExistingSite Scan(string root)
    {
        var checkedAt = DateTime.UtcNow.Ticks;
        var files = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        var folders = new Dictionary<string, long>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            return new ExistingSite(files, folders, checkedAt, 0);
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
        var found = new ConcurrentBag<List<Entry>>();
        Parallel.ForEach(parts, part => found.Add(List(part.Folder, part.Recurse)));
        Add(root, found, files, folders);
#else
        foreach (var info in new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            files[Relative(root, info.FullName)] = (info.Length, info.LastWriteTimeUtc.Ticks);
        }
#endif
        return new ExistingSite(files, folders, checkedAt, folders.Count);
    }

#if NET
    /// <summary>One file or folder found by a listing; a folder's timestamp is read before its entries.</summary>
    private readonly record struct Entry(string Path, bool IsFolder, long Length, long Ticks);

    /// <summary>The folder's timestamp, then its files; with <paramref name="recurse"/> every folder and file below it,
    /// with <paramref name="subfolders"/> its own subfolders. A subfolder's entry (its timestamp) is read before the
    /// subfolder is listed: the enumeration queues folders until it has finished the current one.</summary>
    private static List<Entry> List(string folder, bool recurse, bool subfolders = false)
    {
        var entries = new List<Entry> { new(folder, true, 0, FolderTicks(folder)) };
        var enumeration = new FileSystemEnumerable<Entry>(folder,
            (ref FileSystemEntry e) => new Entry(e.ToSpecifiedFullPath(), e.IsDirectory, e.IsDirectory ? 0 : e.Length, e.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { RecurseSubdirectories = recurse, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => recurse || subfolders || !e.IsDirectory,
        };
        entries.AddRange(enumeration);
        return entries;
    }

    private static void Add(string root, IEnumerable<List<Entry>> found, Dictionary<string, (long, long)> files, Dictionary<string, long> folders)
    {
        foreach (var entry in found.SelectMany(list => list))
        {
            if (entry.IsFolder)
            {
                folders[Relative(root, entry.Path)] = entry.Ticks;
            }
            else
            {
                files[Relative(root, entry.Path)] = (entry.Length, entry.Ticks);
            }
        }
    }

    /// <summary>Checks the site against the manifest and the folder timestamps the last generation left; null when so
    /// much changed (or something does not add up) that listing the whole site is simpler.</summary>
    private static ExistingSite? TryCheck(string root, SiteManifest known, IReadOnlyDictionary<string, long> stamps)
    {
        var checkedAt = DateTime.UtcNow.Ticks;
        var folders = stamps.Keys.ToArray();
        // After a build that wrote most pages (every folder it wrote into is marked), listing is all that is left: do
        // not stat every folder first.
        if (stamps.Values.Count(ticks => ticks < 0) > folders.Length / 4)
        {
            return null;
        }
        var now = new long[folders.Length];
        Parallel.For(0, folders.Length, i => now[i] = FolderTicks(Full(root, folders[i])));
        var current = new Dictionary<string, long>(folders.Length, StringComparer.Ordinal);
        var toList = new List<string>();
        for (var i = 0; i < folders.Length; i++)
        {
            if (now[i] == Missing)
            {
                // Gone: the folder above it changed too, and its listing shows what is left.
                continue;
            }
            if (stamps[folders[i]] < 0 || now[i] != stamps[folders[i]])
            {
                // The time read is any entry's (see FolderTicks): a file now where the folder was is gone as a folder.
                if (!Directory.Exists(Full(root, folders[i])))
                {
                    continue;
                }
                toList.Add(folders[i]);
            }
            current[folders[i]] = now[i];
        }
        if (toList.Count > folders.Length / 4)
        {
            return null;
        }

        // Files of unchanged folders: the names are the manifest's, the lengths and times are read (a page edited by
        // hand in place has another time). A folder listed below supplies its own files.
        var listed = new HashSet<string>(toList, StringComparer.Ordinal);
        var trusted = new List<string>(known.Entries.Count);
        // Parents looked up as slices of the path: a substring per file was a tenth of an edit build's allocations.
        var currentFolders = current.GetAlternateLookup<ReadOnlySpan<char>>();
        var listedFolders = listed.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var path in known.Entries.Keys)
        {
            var parent = ParentSpan(path);
            if (currentFolders.ContainsKey(parent) && !listedFolders.Contains(parent))
            {
                trusted.Add(path);
            }
        }
        var lengths = new long[trusted.Count];
        var ticks = new long[trusted.Count];
        var consistent = true;
        Parallel.For(0, trusted.Count, i =>
        {
            var info = new FileInfo(Full(root, trusted[i]));
            if (info.Exists)
            {
                (lengths[i], ticks[i]) = (info.Length, info.LastWriteTimeUtc.Ticks);
            }
            else
            {
                // The folder's timestamp said its names were unchanged: trust nothing.
                consistent = false;
            }
        });
        if (!consistent)
        {
            return null;
        }
        var files = new Dictionary<string, (long, long)>(known.Entries.Count, StringComparer.Ordinal);
        for (var i = 0; i < trusted.Count; i++)
        {
            files[trusted[i]] = (lengths[i], ticks[i]);
        }

        // Changed folders: their own files, and whole any folder below them that the last generation did not have
        // (one made by hand is deleted with its files).
        var found = new ConcurrentBag<List<Entry>>();
        Parallel.ForEach(toList, folder =>
        {
            var entries = new List<Entry>();
            // Skip(1): the folder's own timestamp was read above, before this listing.
            foreach (var entry in List(Full(root, folder), recurse: false, subfolders: true).Skip(1))
            {
                if (!entry.IsFolder)
                {
                    entries.Add(entry);
                }
                else if (!stamps.ContainsKey(Relative(root, entry.Path)))
                {
                    entries.AddRange(List(entry.Path, recurse: true));
                }
            }
            found.Add(entries);
        });
        Add(root, found, files, current);
        return new ExistingSite(files, current, checkedAt, toList.Count);
    }

    private const long Missing = long.MinValue;

    // A missing path reads as 1601-01-01, the file-time epoch, which no folder of a site this build wrote can have.
    private static readonly long MissingTime = DateTime.FromFileTimeUtc(0).Ticks;

    /// <summary>The last write time of what is at <paramref name="folder"/> (a folder, unless something replaced it:
    /// whoever lists it checks), or <see cref="Missing"/>. One stat and no object per folder: a DirectoryInfo each was
    /// 6 % of an edit build's allocations at 28,000 folders.</summary>
    private static long FolderTicks(string folder)
    {
        var ticks = Directory.GetLastWriteTimeUtc(folder).Ticks;
        return ticks == MissingTime ? Missing : ticks;
    }

    private static string Full(string root, string relative) =>
        relative.Length == 0 ? root : Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
#endif

    private static string Parent(string relative) => ParentSpan(relative).ToString();

    /// <summary>The site-relative folder of <paramref name="relative"/> (empty for the site folder), as a slice of it.</summary>
    private static ReadOnlySpan<char> ParentSpan(string relative)
    {
        var slash = relative.LastIndexOf('/');
        return slash < 0 ? ReadOnlySpan<char>.Empty : relative.AsSpan(0, slash);
    }

    private static string Relative(string root, string path) =>
        path.Length == root.Length ? string.Empty : path.Substring(root.Length + 1).Replace(Path.DirectorySeparatorChar, '/');
}
