using System.Diagnostics;
using System.IO.Pipes;
using ContentCheck.Build.Protocol;

namespace ContentCheck.Build.Server;

/// <summary>
/// The task's side of the build server: connects to the server of this build of ContentCheck, starting it when none
/// runs, and carries one build over the pipe. Every failure (no server can start, it died mid-build, it spoke
/// nonsense) is an <see cref="IOException"/> or a null session, upon which the task builds in its own process, with
/// the same output: the server is only ever a speed-up.
/// </summary>
public sealed class BuildServerClient : IDisposable
{
    private readonly NamedPipeClientStream _pipe;

    private BuildServerClient(NamedPipeClientStream pipe) => _pipe = pipe;

    /// <summary>Connects to the running server, or starts one and connects to it. Returns null (with the reason) when
    /// neither works within <paramref name="startTimeout"/>.</summary>
    /// <param name="idleTimeout">How long a server started here stays up without a build.</param>
    /// <param name="startTimeout">How long to wait for a new server to listen.</param>
    /// <param name="failure">Why there is no session, when there is none.</param>
    public static BuildServerClient? TryConnect(TimeSpan idleTimeout, TimeSpan startTimeout, out string? failure)
    {
        var pipeName = ServerIdentity.PipeName();
        return TryConnect(pipeName, () => Start(pipeName, idleTimeout), startTimeout, out failure);
    }

    /// <summary>Connects to the server on <paramref name="pipeName"/>, calling <paramref name="start"/> to start one
    /// when none listens. A started server that exits before it listens fails at once, without waiting out
    /// <paramref name="startTimeout"/>.</summary>
    internal static BuildServerClient? TryConnect(string pipeName, Func<Process> start, TimeSpan startTimeout, out string? failure)
    {
        failure = null;
        if (TryOpen(pipeName, TimeSpan.FromMilliseconds(50)) is { } running)
        {
            return new BuildServerClient(running);
        }
        Process server;
        try
        {
            server = start();
        }
        catch (Exception ex) when (ex is IOException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            failure = "the build server could not be started: " + ex.Message;
            return null;
        }
        using (server)
        {
            var stopwatch = Stopwatch.StartNew();
            while (stopwatch.Elapsed < startTimeout)
            {
                if (TryOpen(pipeName, TimeSpan.FromMilliseconds(200)) is { } started)
                {
                    return new BuildServerClient(started);
                }
                // Another build's server may have won the race and be listening: only our own exit with no listener fails.
                if (server.HasExited && TryOpen(pipeName, TimeSpan.FromMilliseconds(200)) is null)
                {
                    failure = $"the build server exited at start (exit code {server.ExitCode})";
                    return null;
                }
            }
        }
        failure = $"the build server did not answer within {startTimeout.TotalSeconds:0} s";
        return null;
    }

    /// <summary>Sends the build and returns its analysis.</summary>
    public AnalyzeResponse Analyze(BuildRequest request)
    {
        Wire.Write(_pipe, request, WireJson.Default.BuildRequest);
        return Wire.Read(_pipe, WireJson.Default.AnalyzeResponse);
    }

    /// <summary>Finishes the build: the site (when asked) and the build cache.</summary>
    public CompleteResponse Complete(bool generateSite)
    {
        Wire.Write(_pipe, new CompleteRequest { GenerateSite = generateSite }, WireJson.Default.CompleteRequest);
        return Wire.Read(_pipe, WireJson.Default.CompleteResponse);
    }

    /// <inheritdoc />
    public void Dispose() => _pipe.Dispose();

    private static NamedPipeClientStream? TryOpen(string name, TimeSpan timeout)
    {
        var pipe = new NamedPipeClientStream(".", name, PipeDirection.InOut, PipeOptions.CurrentUserOnly);
        try
        {
            pipe.Connect((int)timeout.TotalMilliseconds);
            return pipe;
        }
        catch (Exception ex) when (ex is TimeoutException or IOException or UnauthorizedAccessException)
        {
            pipe.Dispose();
            if (ex is not TimeoutException)
            {
                // No socket yet: connecting fails at once, so wait as a timeout would have.
                Thread.Sleep(Math.Min(50, (int)timeout.TotalMilliseconds));
            }
            return null;
        }
    }

    /// <summary>Starts the server detached from the build: its standard streams are its own (never the build's console,
    /// which a CI runner waits on), and it outlives the build until it idles out.</summary>
    private static Process Start(string pipeName, TimeSpan idleTimeout)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(ServerIdentity.ServerAssemblyPath);
        start.ArgumentList.Add("--pipe");
        start.ArgumentList.Add(pipeName);
        start.ArgumentList.Add("--idle-seconds");
        start.ArgumentList.Add(((int)Math.Ceiling(idleTimeout.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The server must not inherit the build's MSBuild settings meant for child builds, nor keep its node alive.
        start.Environment.Remove("MSBUILDNOINPROCNODE");
        var process = Process.Start(start) ?? throw new InvalidOperationException("the process did not start");
        process.StandardInput.Close();
        return process;
    }

    /// <summary>The <c>dotnet</c> that runs this build: the SDK tells tasks where it is (<c>DOTNET_HOST_PATH</c>).</summary>
    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host!;
        }
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? current : "dotnet";
    }
}
