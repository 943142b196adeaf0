using System.Collections.Concurrent;

namespace ContentCheck.Cli.Serving;

/// <summary>
/// Watches a content repo and reports a change once the files have been quiet for a moment: an editor's save (a
/// temporary file, a rename, two writes) or a <c>git checkout</c> of many articles becomes one rebuild, not dozens.
/// </summary>
internal sealed class ContentWatcher : IDisposable
{
    // Folders that are never input to the site: version control, build output, packages.
    private static readonly HashSet<string> IgnoredFolders = new(StringComparer.OrdinalIgnoreCase) { ".git", "bin", "obj", "artifacts", "node_modules" };

    private readonly FileSystemWatcher _watcher;
    private readonly string _root;
    private readonly Func<string, bool> _isOutput;
    private readonly TimeSpan _quiet;
    private readonly SemaphoreSlim _signal = new(0);
    private readonly ConcurrentQueue<string> _changes = new();
    private int _version;

    /// <param name="root">The content repo.</param>
    /// <param name="isOutput">Whether a full path belongs to the site output (which the rebuild itself writes).</param>
    /// <param name="quiet">How long the files must stay unchanged before a change is reported.</param>
    public ContentWatcher(string root, Func<string, bool> isOutput, TimeSpan quiet)
    {
        _root = Path.GetFullPath(root);
        _isOutput = isOutput;
        _quiet = quiet;
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Changed += (_, e) => OnChange(e.FullPath);
        _watcher.Created += (_, e) => OnChange(e.FullPath);
        _watcher.Deleted += (_, e) => OnChange(e.FullPath);
        _watcher.Renamed += (_, e) => { OnChange(e.OldFullPath); OnChange(e.FullPath); };
        // Events were lost (too many at once): the only safe answer is a rebuild.
        _watcher.Error += (_, _) => Record("(many files)");
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Waits for a change followed by a quiet period and returns the changed paths (relative to the root,
    /// with <c>/</c>, sorted).</summary>
    public async Task<IReadOnlyList<string>> WaitForChangeAsync(CancellationToken cancellationToken)
    {
        await _signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        int seen;
        do
        {
            seen = Volatile.Read(ref _version);
            await Task.Delay(_quiet, cancellationToken).ConfigureAwait(false);
        }
        while (Volatile.Read(ref _version) != seen);

        // Every signal so far is covered by this report.
        while (_signal.CurrentCount > 0)
        {
            _signal.Wait(0, CancellationToken.None);
        }
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        while (_changes.TryDequeue(out var path))
        {
            changed.Add(path);
        }
        return changed.ToList();
    }

    private void OnChange(string fullPath)
    {
        if (_isOutput(fullPath))
        {
            return;
        }
        var relative = Path.GetRelativePath(_root, fullPath);
        var first = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
        if (IgnoredFolders.Contains(first))
        {
            return;
        }
        Record(relative.Replace(Path.DirectorySeparatorChar, '/'));
    }

    private void Record(string path)
    {
        _changes.Enqueue(path);
        Interlocked.Increment(ref _version);
        _signal.Release();
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _signal.Dispose();
    }
}
