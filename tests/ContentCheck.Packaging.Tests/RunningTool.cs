using System.Diagnostics;
using System.Text;
using ContentCheck.Testing;

namespace ContentCheck.Packaging.Tests;

/// <summary>A long-running tool command (<c>contentcheck serve</c>) as a process: its output read as it comes, a line
/// awaited, then stopped the way a service manager stops it (SIGTERM).</summary>
internal sealed class RunningTool : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly object _gate = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Seen)> _waiters = new();

    private RunningTool(Process process) => _process = process;

    public static RunningTool Start(string fileName, string workingDirectory, params string[] arguments)
    {
        var start = DotnetBuild.StartInfo(fileName, workingDirectory, arguments, environment: null);
        var tool = new RunningTool(new Process { StartInfo = start });
        tool._process.OutputDataReceived += (_, e) => tool.Append(e.Data);
        tool._process.ErrorDataReceived += (_, e) => tool.Append(e.Data);
        tool._process.Start();
        tool._process.BeginOutputReadLine();
        tool._process.BeginErrorReadLine();
        return tool;
    }

    /// <summary>Everything printed so far (standard output and error, LF line ends).</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The first line (printed so far or later) that matches.</summary>
    public async Task<string> WaitForLine(Func<string, bool> match, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var earlier = _output.ToString().Split('\n').FirstOrDefault(match);
            if (earlier is not null)
            {
                return earlier;
            }
            _waiters.Add((match, seen));
        }
        try
        {
            return await seen.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No such line within {timeout.TotalSeconds} s. Output so far:\n{Output}");
        }
    }

    /// <summary>Sends SIGTERM (Windows has no such signal: the process is killed) and waits for the exit code.</summary>
    public int Stop(TimeSpan timeout)
    {
        if (OperatingSystem.IsWindows())
        {
            _process.Kill(entireProcessTree: true);
        }
        else
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }
        if (!_process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            throw new TimeoutException($"The tool did not stop within {timeout.TotalSeconds} s. Output:\n{Output}");
        }
        _process.WaitForExit(); // Drains the output.
        return _process.ExitCode;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_gate)
        {
            _output.Append(line).Append('\n');
            foreach (var waiter in _waiters.Where(w => w.Match(line)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Seen.TrySetResult(line);
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}
