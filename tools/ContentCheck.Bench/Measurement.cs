using System.Diagnostics;
using System.Globalization;

namespace ContentCheck.Bench;

/// <summary>Runs a command under GNU time (<c>/usr/bin/time -f "%e %M"</c>) for its wall time and peak resident memory.</summary>
internal static class Measurement
{
    public sealed record Sample(double Seconds, double PeakMegabytes, int ExitCode, string Output);

    public static Sample Run(string workingDirectory, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-f");
        start.ArgumentList.Add("@@time %e %M");
        start.ArgumentList.Add(file);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var timeLine = stderr.Split('\n').Last(l => l.StartsWith("@@time ", StringComparison.Ordinal)).Split(' ');
        return new Sample(
            double.Parse(timeLine[1], CultureInfo.InvariantCulture),
            double.Parse(timeLine[2], CultureInfo.InvariantCulture) / 1024.0,
            process.ExitCode,
            stdout.Result + stderr);
    }
}
