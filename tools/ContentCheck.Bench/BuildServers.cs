using System.Globalization;

namespace ContentCheck.Bench;

/// <summary>The ContentCheck build servers running on this machine (Linux: found through /proc): the benchmark stops
/// them to time a first build, and reads their peak memory, which `/usr/bin/time` of a build cannot see (the server
/// outlives the build that started it).</summary>
internal static class BuildServers
{
    private const string Marker = "ContentCheck.BuildServer.dll";

    public static IReadOnlyList<int> Running() =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && CommandLine(pid).Contains(Marker, StringComparison.Ordinal))
            .ToList();

    /// <summary>Stops every running server and waits until they are gone.</summary>
    public static void StopAll()
    {
        foreach (var pid in Running())
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                process.Kill();
                process.WaitForExit(10_000);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
        }
    }

    /// <summary>The largest peak resident memory (VmHWM) of the running servers, in MB; 0 when none runs.</summary>
    public static double PeakMegabytes() =>
        Running().Select(pid =>
        {
            try
            {
                var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
            }
            catch (IOException)
            {
                return 0;
            }
        }).DefaultIfEmpty(0).Max();

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
