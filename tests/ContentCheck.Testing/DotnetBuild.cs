using System.Diagnostics;

namespace ContentCheck.Testing;

/// <summary>
/// Runs a real <c>dotnet build</c> of this repository's content project (which dogfoods the task from src/), the
/// way a contributor does, and captures its output. The task is already built by the solution build, so project
/// references are not rebuilt (<c>BuildProjectReferences=false</c>): each run costs a few seconds, not a compile.
/// </summary>
public static class DotnetBuild
{
    /// <summary>The result of a build.</summary>
    /// <param name="ExitCode">The process exit code (0 = success).</param>
    /// <param name="Output">Standard output and error, in order, LF line endings.</param>
    public sealed record Result(int ExitCode, string Output)
    {
        /// <summary>The lines that carry a diagnostic code (<c>error CC</c>, <c>warning CC</c>, ...).</summary>
        public IReadOnlyList<string> DiagnosticLines => Output.Split('\n')
            .Where(l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal) || l.Contains(": message ", StringComparison.Ordinal))
            .Select(l => l.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The configuration the tests were built in (Debug or Release), so the build finds the same task dll.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/release", StringComparison.OrdinalIgnoreCase) ? "Release" : "Debug";

    /// <summary>Builds the content project with extra arguments, from <paramref name="workingDirectory"/>.</summary>
    public static Result Content(string workingDirectory, params string[] arguments)
    {
        var project = Path.Combine(RepositoryPaths.Content, "content.csproj");
        var all = new List<string> { "build", project, "-c", Configuration, "-p:BuildProjectReferences=false", "-tl:off", "-nologo", "-v:m" };
        all.AddRange(arguments);
        return Run(workingDirectory, all);
    }

    /// <summary>Runs <c>dotnet</c> with arguments and captures the output.</summary>
    public static Result Run(string workingDirectory, IEnumerable<string> arguments, TimeSpan? timeout = null) =>
        Run("dotnet", workingDirectory, arguments, environment: null, timeout);

    /// <summary>Runs a program (<c>dotnet</c>, or a tool it installed) with arguments and extra environment variables
    /// (a null value removes one), and captures the output.</summary>
    public static Result Run(string fileName, string workingDirectory, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment, TimeSpan? timeout = null)
    {
        var start = StartInfo(fileName, workingDirectory, arguments, environment);

        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        var gate = new object();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (gate) { output.Append(e.Data).Append('\n'); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (gate) { output.Append(e.Data).Append('\n'); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)(timeout ?? TimeSpan.FromMinutes(5)).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish.");
        }
        process.WaitForExit();
        lock (gate)
        {
            return new Result(process.ExitCode, output.ToString());
        }
    }

    /// <summary>How every test starts a program: output and error redirected, the CI environment (no node reuse, no
    /// build server, English output) whatever the test host inherited, plus <paramref name="environment"/> (a null
    /// value removes a variable).</summary>
    public static ProcessStartInfo StartInfo(string fileName, string workingDirectory, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // Same settings as CI, whatever the test host inherited: no node reuse, no build server, English output.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // A ContentCheck build server started by a test leaves soon after the tests do (MSBuild reads the variable as
        // the property ContentCheckServerIdleTimeout).
        start.Environment["ContentCheckServerIdleTimeout"] = "60";
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }
        return start;
    }
}
