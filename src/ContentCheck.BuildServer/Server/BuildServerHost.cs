using System.IO.Pipes;
using ContentCheck.Build.Protocol;

namespace ContentCheck.Build.Server;

/// <summary>
/// The build server: listens on a per-user pipe and runs builds for the MSBuild task, keeping a <see cref="Workspace"/>
/// per content root so each build re-analyzes only what changed, in a process whose JIT is already warm. One build of
/// a content root at a time (a second waits); builds of different roots run side by side. Exits after
/// <see cref="IdleTimeout"/> without a build, like the C# compiler's server.
/// </summary>
public sealed class BuildServerHost
{
    /// <summary>Content roots whose workspace is kept; the least recently built beyond this are dropped.</summary>
    public const int MaximumWorkspaces = 4;

    private readonly string _pipeName;
    private readonly Dictionary<string, WorkspaceSlot> _workspaces = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private int _active;
    private DateTime _lastActivity = DateTime.UtcNow;

    /// <param name="pipeName">The pipe to listen on.</param>
    /// <param name="idleTimeout">How long to stay up without a build.</param>
    public BuildServerHost(string pipeName, TimeSpan idleTimeout)
    {
        _pipeName = pipeName;
        IdleTimeout = idleTimeout;
    }

    /// <summary>How long the server stays up without a build.</summary>
    public TimeSpan IdleTimeout { get; }

    /// <summary>Serves until idle for <see cref="IdleTimeout"/> or <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watchdog = WatchIdleAsync(stop);
        var connections = new List<Task>();
        while (!stop.IsCancellationRequested)
        {
            var pipe = new NamedPipeServerStream(_pipeName, PipeDirection.InOut, NamedPipeServerStream.MaxAllowedServerInstances,
                PipeTransmissionMode.Byte, PipeOptions.Asynchronous | PipeOptions.CurrentUserOnly);
            try
            {
                await pipe.WaitForConnectionAsync(stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await pipe.DisposeAsync().ConfigureAwait(false);
                break;
            }
            lock (_gate)
            {
                _active++;
            }
            connections.RemoveAll(t => t.IsCompleted);
            connections.Add(Task.Run(() => Serve(pipe)));
        }
        await Task.WhenAll(connections).ConfigureAwait(false);
        await watchdog.ConfigureAwait(false);
    }

    private async Task WatchIdleAsync(CancellationTokenSource stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, Math.Max(50, IdleTimeout.TotalMilliseconds / 4))), stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            lock (_gate)
            {
                if (_active == 0 && DateTime.UtcNow - _lastActivity >= IdleTimeout)
                {
                    stop.Cancel();
                }
            }
        }
    }

    /// <summary>One build: the request and its analysis, then the completion. A broken pipe (the build was cancelled,
    /// MSBuild died) ends the conversation and nothing else; the workspace stays valid, since it only ever holds
    /// complete results.</summary>
    private void Serve(NamedPipeServerStream pipe)
    {
        try
        {
            var request = Wire.Read(pipe, WireJson.Default.BuildRequest);
            var slot = SlotFor(Path.GetFullPath(request.ContentRoot));
            try
            {
                Build(pipe, request, slot);
            }
            finally
            {
                lock (_gate)
                {
                    slot.Users--;
                }
            }
        }
        catch (IOException)
        {
            // The task went away mid-build; it reports on its side.
        }
        catch (ObjectDisposedException)
        {
        }
        finally
        {
            pipe.Dispose();
            bool idle;
            lock (_gate)
            {
                _active--;
                _lastActivity = DateTime.UtcNow;
                idle = _active == 0;
            }
            if (idle)
            {
                // The build has its answer; give back what it allocated, so a server waiting for the next build holds
                // its corpus and little else.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
        }
    }

    /// <summary>The two halves of a build, one build of a content root at a time.</summary>
    private static void Build(NamedPipeServerStream pipe, BuildRequest request, WorkspaceSlot slot)
    {
        lock (slot)
        {
            var build = new ContentBuild(request, slot.Workspace);
            var counts = Guarded(build, () => build.Analyze()) ?? new BuildCounts { Stopped = true };
            Wire.Write(pipe, new AnalyzeResponse { Events = build.Log.Drain(), Counts = counts }, WireJson.Default.AnalyzeResponse);
            var complete = Wire.Read(pipe, WireJson.Default.CompleteRequest);
            var succeeded = Guarded(build, () => (bool?)build.Complete(complete.GenerateSite)) ?? false;
            try
            {
                Wire.Write(pipe, new CompleteResponse { Events = build.Log.Drain(), Succeeded = succeeded }, WireJson.Default.CompleteResponse);
            }
            finally
            {
                // Once the build has its answer (or has gone): still under the lock, so the next build of this root finds
                // the manifest saved.
                slot.Workspace.Pages.SaveManifest();
            }
        }
    }

    /// <summary>Runs a part of a build; a defect in ContentCheck becomes the same CCB999 error the task reports in its
    /// own process, and the server lives on.</summary>
    private static T? Guarded<T>(ContentBuild build, Func<T> part)
    {
        try
        {
            return part();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            InternalError.Log(build.Log, ex);
            return default;
        }
    }

    private WorkspaceSlot SlotFor(string contentRoot)
    {
        lock (_gate)
        {
            if (!_workspaces.TryGetValue(contentRoot, out var slot))
            {
                slot = _workspaces[contentRoot] = new WorkspaceSlot();
                // Never one in use: a second build of its root would get a new slot and run beside the first.
                var idle = _workspaces.Where(w => w.Value != slot && w.Value.Users == 0).OrderBy(w => w.Value.LastUsed).ToList();
                for (var i = 0; _workspaces.Count > MaximumWorkspaces && i < idle.Count; i++)
                {
                    _workspaces.Remove(idle[i].Key);
                }
            }
            slot.LastUsed = DateTime.UtcNow;
            slot.Users++;
            return slot;
        }
    }

    private sealed class WorkspaceSlot
    {
        public Workspace Workspace { get; } = new(deferManifestSave: true);

        public DateTime LastUsed { get; set; }

        /// <summary>Builds running on or waiting for this slot (guarded by the host's gate).</summary>
        public int Users { get; set; }
    }
}
