using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Security.Cryptography;

namespace ContentCheck.Site.Output;

/// <summary>
/// Writes the site incrementally and safely. Every file is produced in full before the output folder is touched:
/// a file whose bytes equal the one already published is left alone (its timestamp too), a changed or new file
/// goes to a fresh sibling folder (<c>&lt;output&gt;.tmp-&lt;random&gt;</c>). <see cref="Commit"/> then moves each
/// changed file over the old one (a rename, so no reader sees half a file) and deletes the files this build did not
/// produce; when there is no previous site the whole new folder is renamed into place. Over a previous site the
/// changed files are staged flat (numbered files in the one temporary folder), not in a copy of the site's folder tree:
/// a page is a folder of its own (<c>articles/2026/01/slug/index.html</c>), and creating then deleting a temporary
/// folder per changed page cost more than writing the pages (perf showed ext4's mkdir scanning recently freed inodes).
/// A failure before the commit leaves the previous site exactly as it was, and disposing without a commit deletes the
/// temporary folder.
/// Nothing is written or deleted outside the output folder and that one sibling (and the caller's manifest file).
/// </summary>
internal sealed class SiteOutput : IDisposable
{
    private readonly string _final;
    private readonly string _temp;
    private readonly Task<ExistingSite> _existing;
    private readonly SiteManifest? _previousManifest;
    private readonly string? _manifestPath;
    private readonly ConcurrentDictionary<string, SiteManifest.Entry> _produced;
    private readonly ConcurrentDictionary<string, bool> _changed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _createdFolders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _stagedAt = new(StringComparer.Ordinal);
    private readonly List<string> _deleted = new();
    private readonly Dictionary<string, long> _writtenTicks = new(StringComparer.Ordinal);
    private readonly bool _rememberFolders;
    private int _stagedCount;
    private bool _committed;

    private SiteOutput(string final, string? manifestPath, SiteManifest? known, bool rememberFolders)
    {
        _rememberFolders = rememberFolders;
        _final = final;
        _temp = final + ".tmp-" + RandomSuffix();
        _manifestPath = manifestPath;
        _previousManifest = manifestPath is null ? null
            : known is not null && string.Equals(known.OutputFolder, final, StringComparison.Ordinal) ? known
            : SiteManifest.Load(manifestPath, final);
        // Sized for the previous site: growing to 20,000 entries from empty, under the lock of each resize, was a tenth
        // of an edit build's output work.
        _produced = new ConcurrentDictionary<string, SiteManifest.Entry>(Environment.ProcessorCount, Math.Max(31, _previousManifest?.Entries.Count ?? 0), StringComparer.Ordinal);
        // Listing (or checking) the previous site costs a stat per file; it runs while the first pages render.
        var previous = _previousManifest;
        _existing = Task.Run(() => ExistingSite.Check(final, previous));
    }

    /// <summary>Files written (new or changed) by this generation, known after <see cref="Commit"/>.</summary>
    public int FilesWritten => _changed.Count;

    /// <summary>Files of the previous site that this generation no longer produces, deleted by <see cref="Commit"/>.</summary>
    public int FilesDeleted { get; private set; }

    /// <summary>Every file of the site.</summary>
    public int FileCount => _produced.Count;

    /// <summary>Folders of the previous site whose entries were listed (see <see cref="ExistingSite.FoldersListed"/>).</summary>
    public int FoldersListed => _existing.GetAwaiter().GetResult().FoldersListed;

    /// <summary>The manifest <see cref="Commit"/> saved, or null (none asked for, or not committed).</summary>
    public SiteManifest? SavedManifest { get; private set; }

    /// <summary>The size of the whole site.</summary>
    public long TotalBytes => _produced.Values.Sum(e => e.Length);

    /// <summary>Starts a site in <paramref name="outputDirectory"/>.</summary>
    /// <param name="outputDirectory">The folder the site is published in.</param>
    /// <param name="contentRoot">The content repo, which the output may not contain.</param>
    /// <param name="manifestPath">Where to remember what was written (a file outside the site, e.g. in <c>obj/</c>),
    /// so the next generation knows unchanged files without reading them; null to compare bytes instead.</param>
    /// <param name="known">The manifest file's content when the caller knows it (the build server saved it and the file
    /// is unchanged since): spares reading and parsing a line per file, and with its folders' timestamps, listing the
    /// whole site (see <see cref="ExistingSite.Check"/>).</param>
    /// <param name="rememberFolders">Whether the saved manifest should carry the site's folder timestamps, for a caller
    /// that will pass it back as <paramref name="known"/> (the build server).</param>
    /// <exception cref="SiteGenerationException">The folder cannot hold a site (a file, a drive root, the content
    /// repo itself or one of its parents: cleaning it would delete the articles).</exception>
    public static SiteOutput Begin(string outputDirectory, string contentRoot, string? manifestPath = null, SiteManifest? known = null, bool rememberFolders = false)
    {
        var final = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var content = Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (final.Length == 0 || Path.GetPathRoot(final + Path.DirectorySeparatorChar) == final + Path.DirectorySeparatorChar)
        {
            throw new SiteGenerationException("the site output folder cannot be the root of a drive; choose a folder of its own, e.g. 'artifacts/site'", outputDirectory);
        }
        if (IsSameOrParent(final, content))
        {
            throw new SiteGenerationException($"the site output folder is the content repo or a parent of it ({content}); the site owns its output folder and deletes files it did not write, so choose a folder of its own, e.g. 'artifacts/site'", outputDirectory);
        }
        if (File.Exists(final))
        {
            throw new SiteGenerationException("the site output path is a file, not a folder; remove it or choose another path", outputDirectory);
        }
        var manifest = manifestPath is null ? null : Path.GetFullPath(manifestPath);
        if (manifest is not null && IsSameOrParent(final, manifest))
        {
            throw new SiteGenerationException("the site manifest cannot live inside the site output folder; keep it in obj/, e.g. 'obj/contentcheck-site.manifest'", manifestPath);
        }
        return new SiteOutput(final, manifest, known, rememberFolders);
    }

    /// <summary>Produces a file at a site-relative path (<c>/</c> separators). Safe to call from several threads;
    /// each path may be produced once.</summary>
    public void WriteBytes(string relativePath, byte[] content)
    {
        var full = Resolve(relativePath, _final);
        // Hashes only serve the manifest; without one, unchanged files are found by comparing bytes.
        var hash = _manifestPath is null ? string.Empty : Hash(content);
        Record(relativePath, new SiteManifest.Entry(hash, content.Length, 0));
        if (IsUnchanged(relativePath, hash, content.Length, () => SameBytes(full, content)))
        {
            return;
        }
        WriteNewFile(Stage(relativePath), content);
        _changed[relativePath] = true;
    }

    /// <summary>Keeps a file exactly as the previous generation published it, without producing its bytes: true when
    /// the manifest records it and the file on disk is still that one (same length and timestamp). The caller knows
    /// the file's inputs did not change; on false it must produce the file.</summary>
    public bool TryKeep(string relativePath)
    {
        if (_previousManifest is null || !_previousManifest.Entries.TryGetValue(relativePath, out var known))
        {
            return false;
        }
        var existing = _existing.GetAwaiter().GetResult();
        if (!existing.Files.TryGetValue(relativePath, out var onDisk) || onDisk.Length != known.Length || onDisk.LastWriteTicks != known.LastWriteTicks)
        {
            return false;
        }
        // No Resolve: nothing is written, and the path is one an earlier generation produced (and checked) itself.
        Record(relativePath, known);
        return true;
    }

    /// <summary>Produces a large file by streaming it (the corpus as data), so it never sits in memory whole: it is
    /// written to the temporary folder, hashed on the way, and dropped again if it equals the published one.</summary>
    public void WriteStream(string relativePath, Action<Stream> write)
    {
        var full = Resolve(relativePath, _final);
        var staged = Stage(relativePath);
        string hash;
        long length;
        using (var file = new FileStream(staged, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        using (var hashing = new HashingStream(file))
        {
            write(hashing);
            hashing.Flush();
            (hash, length) = (hashing.Finish(), hashing.Length);
        }
        Record(relativePath, new SiteManifest.Entry(hash, length, 0));
        if (IsUnchanged(relativePath, hash, length, () => SameFiles(full, staged)))
        {
            File.Delete(staged);
            return;
        }
        _changed[relativePath] = true;
    }

    /// <summary>Publishes the changes: moves new and changed files into place, deletes the files this generation did
    /// not produce (and folders left empty), and saves the manifest.</summary>
    /// <param name="saveManifest">False when the caller saves the manifest later with <see cref="SaveManifest"/> (the
    /// build server does, after answering the build).</param>
    public void Commit(bool saveManifest = true)
    {
        var existing = _existing.GetAwaiter().GetResult();
        if (existing.Files.Count == 0)
        {
            // No previous site (or an empty folder): the new one is renamed into place in one step.
            if (Directory.Exists(_final))
            {
                Directory.Delete(_final, recursive: true);
            }
            if (Directory.Exists(_temp))
            {
                Directory.Move(_temp, _final);
            }
            else
            {
                Directory.CreateDirectory(_final);
            }
        }
        else
        {
            // New and changed files first, stale files last: a commit that fails half-way (a full disk, a locked file)
            // leaves every old page that was not yet replaced, never a link to a page already deleted.
            foreach (var path in _changed.Keys.OrderBy(p => p, StringComparer.Ordinal))
            {
                var target = Resolve(path, _final);
                if (!existing.Files.ContainsKey(path))
                {
                    // A new file: a stale file of the old site may sit where one of its folders goes ("feed" then
                    // "feed/index.xml"), and an old folder, even an empty one, where it goes itself.
                    DeleteStaleFilesOnTheWayTo(path, existing);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    if (Directory.Exists(target))
                    {
                        Directory.Delete(target, recursive: true);
                    }
                }
                MoveOver(_stagedAt[path], target);
            }
            var emptied = new HashSet<string>(StringComparer.Ordinal);
            foreach (var stale in existing.Files.Keys.Where(p => !_produced.ContainsKey(p)).OrderBy(p => p, StringComparer.Ordinal))
            {
                var full = Resolve(stale, _final);
                // Already gone when a new file took its place or its folder's.
                if (File.Exists(full))
                {
                    File.Delete(full);
                }
                emptied.Add(Path.GetDirectoryName(full)!);
                _deleted.Add(stale);
                FilesDeleted++;
            }
            DeleteEmptyFolders(emptied);
            if (Directory.Exists(_temp))
            {
                Directory.Delete(_temp, recursive: true);
            }
        }
        _committed = true;
        // The written files' timestamps are read now, right after they were written: a file changed later (by hand)
        // must not enter the manifest as this generation's bytes, however late the manifest is saved.
        foreach (var path in _changed.Keys)
        {
            _writtenTicks[path] = File.GetLastWriteTimeUtc(Resolve(path, _final)).Ticks;
        }
        if (saveManifest)
        {
            SaveManifest();
        }
    }

    /// <summary>Deletes the temporary folder unless the site was committed.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(_temp))
        {
            Directory.Delete(_temp, recursive: true);
        }
    }

    /// <summary>Deletes the stale files of the old site that stand where a folder of <paramref name="relativePath"/> must
    /// go (its parent paths that the old site had as files and this generation does not produce).</summary>
    private void DeleteStaleFilesOnTheWayTo(string relativePath, ExistingSite existing)
    {
        for (var slash = relativePath.IndexOf('/'); slash > 0; slash = relativePath.IndexOf('/', slash + 1))
        {
            var parent = relativePath.Substring(0, slash);
            if (existing.Files.ContainsKey(parent) && !_produced.ContainsKey(parent))
            {
                File.Delete(Resolve(parent, _final));
            }
        }
    }

    /// <summary>Where a new or changed file waits for the commit: its place in the temporary folder's copy of the tree
    /// when there is no previous site (the whole folder is renamed into place), else a numbered file in the temporary
    /// folder itself.</summary>
    private string Stage(string relativePath)
    {
        string staged;
        if (_existing.GetAwaiter().GetResult().Files.Count == 0)
        {
            staged = Resolve(relativePath, _temp);
            CreateFolder(Path.GetDirectoryName(staged)!);
        }
        else
        {
            CreateFolder(_temp);
            staged = Path.Combine(_temp, Interlocked.Increment(ref _stagedCount).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        _stagedAt[relativePath] = staged;
        return staged;
    }

    /// <summary>Creates a folder of the temporary site once: a mkdir costs a quarter of a millisecond on a busy
    /// disk, and asking again for every file of a folder (or its parents) doubled the count.</summary>
    private void CreateFolder(string folder)
    {
        if (_createdFolders.ContainsKey(folder))
        {
            return;
        }
        var parent = Path.GetDirectoryName(folder)!;
        if (parent.Length >= _temp.Length)
        {
            CreateFolder(parent);
        }
        Directory.CreateDirectory(folder);
        _createdFolders.TryAdd(folder, true);
    }

    private void Record(string relativePath, SiteManifest.Entry entry)
    {
        if (!_produced.TryAdd(relativePath, entry))
        {
            throw new InvalidOperationException($"the site produced '{relativePath}' twice");
        }
    }

    /// <summary>Whether the published file already holds these bytes: the manifest answers when the file on disk is
    /// still the one it describes (same length and timestamp); otherwise the bytes are compared.</summary>
    private bool IsUnchanged(string relativePath, string hash, long length, Func<bool> compareBytes)
    {
        var existing = _existing.GetAwaiter().GetResult();
        if (!existing.Files.TryGetValue(relativePath, out var onDisk) || onDisk.Length != length)
        {
            return false;
        }
        if (_previousManifest is not null && _previousManifest.Entries.TryGetValue(relativePath, out var known)
            && known.Length == onDisk.Length && known.LastWriteTicks == onDisk.LastWriteTicks)
        {
            return string.Equals(known.Hash, hash, StringComparison.Ordinal);
        }
        return compareBytes();
    }

    /// <summary>Saves the manifest of a committed generation (once; <see cref="SavedManifest"/> afterwards) and returns
    /// it; null when none was asked for.</summary>
    public SiteManifest? SaveManifest()
    {
        if (_manifestPath is null || SavedManifest is not null || !_committed)
        {
            return SavedManifest;
        }
        var existing = _existing.GetAwaiter().GetResult();
        var entries = new Dictionary<string, SiteManifest.Entry>(_produced.Count, StringComparer.Ordinal);
        foreach (var pair in _produced)
        {
            var ticks = _writtenTicks.TryGetValue(pair.Key, out var written) ? written
                : existing.Files.TryGetValue(pair.Key, out var kept) ? kept.LastWriteTicks
                : File.GetLastWriteTimeUtc(Resolve(pair.Key, _final)).Ticks;
            // A kept file's entry is the previous manifest's own: no new record per unchanged file.
            entries[pair.Key] = pair.Value.LastWriteTicks == ticks ? pair.Value : pair.Value with { LastWriteTicks = ticks };
        }
        var manifest = new SiteManifest(_final, entries)
        {
            // The folders this commit wrote into or deleted from have fresh timestamps: listed at the next check.
            Folders = _rememberFolders ? existing.FolderStampsAfter(entries.Keys, _changed.Keys.Concat(_deleted)) : null,
        };
        manifest.Save(_manifestPath);
        SavedManifest = manifest;
        return manifest;
    }

    /// <summary>Removes folders that deleting stale files left empty, deepest first, never the site folder itself.</summary>
    private void DeleteEmptyFolders(IEnumerable<string> folders)
    {
        var pending = new SortedSet<string>(folders, StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var deepest = pending.Max!;
            pending.Remove(deepest);
            if (deepest.Length > _final.Length && Directory.Exists(deepest) && !Directory.EnumerateFileSystemEntries(deepest).Any())
            {
                Directory.Delete(deepest);
                pending.Add(Path.GetDirectoryName(deepest)!);
            }
        }
    }

    /// <summary>The full path of a site-relative path under <paramref name="root"/>, refused when it would leave the
    /// site (an absolute path, <c>..</c>): the second guard behind <see cref="SitePaths.Segment"/>.</summary>
    private static string Resolve(string relativePath, string root)
    {
        if (relativePath.Length == 0 || Path.IsPathRooted(relativePath) || relativePath.Split('/').Any(p => p is "" or "." or ".."))
        {
            throw new InvalidOperationException($"refusing to write '{relativePath}': not a plain path inside the site");
        }
        var full = Path.GetFullPath(Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write '{relativePath}': it resolves outside the site folder");
        }
        return full;
    }

    /// <summary>Writes a file that does not exist yet (the temporary folder is fresh): created exclusively and
    /// written at offset 0, which spares the truncate and seek <see cref="File.WriteAllBytes(string, byte[])"/> makes.</summary>
    private static void WriteNewFile(string path, byte[] content)
    {
#if NET
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, content, 0);
#else
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
        stream.Write(content, 0, content.Length);
#endif
    }

    private static void MoveOver(string source, string target)
    {
#if NET
        File.Move(source, target, overwrite: true);
#else
        if (File.Exists(target))
        {
            File.Delete(target);
        }
        File.Move(source, target);
#endif
    }

    private static bool SameBytes(string path, byte[] content)
    {
        try
        {
            var existing = File.ReadAllBytes(path);
            return existing.AsSpan().SequenceEqual(content);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static bool SameFiles(string a, string b)
    {
        const int size = 1 << 16;
        using var first = new FileStream(a, FileMode.Open, FileAccess.Read, FileShare.Read, size);
        using var second = new FileStream(b, FileMode.Open, FileAccess.Read, FileShare.Read, size);
        if (first.Length != second.Length)
        {
            return false;
        }
        var x = new byte[size];
        var y = new byte[size];
        while (true)
        {
            var n = ReadFull(first, x);
            if (n != ReadFull(second, y) || !x.AsSpan(0, n).SequenceEqual(y.AsSpan(0, n)))
            {
                return false;
            }
            if (n == 0)
            {
                return true;
            }
        }
    }

    private static int ReadFull(Stream stream, byte[] buffer)
    {
        var total = 0;
        int n;
        while (total < buffer.Length && (n = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += n;
        }
        return total;
    }

    /// <summary>A file's hash in the manifest, as lower-case hex: XXH128, which tells changed bytes from unchanged ones
    /// (the manifest guards against nobody's tampering: the site's own output is compared with itself) at eight times
    /// SHA-256's speed on this project's machine.</summary>
    internal static string Hash(byte[] content) => ToHex(XxHash128.Hash(content));

    internal static string ToHex(byte[] bytes)
    {
        var chars = new char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = "0123456789abcdef"[bytes[i] >> 4];
            chars[2 * i + 1] = "0123456789abcdef"[bytes[i] & 15];
        }
        return new string(chars);
    }

    private static bool IsSameOrParent(string candidate, string path)
    {
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(candidate, path, comparison) || path.StartsWith(candidate + Path.DirectorySeparatorChar, comparison);
    }

    private static string RandomSuffix()
    {
        var bytes = new byte[6];
        using (var rng = RandomNumberGenerator.Create())
        {
            rng.GetBytes(bytes);
        }
        return ToHex(bytes);
    }
}
