using System.Diagnostics;
using ContentCheck.Testing;

namespace ContentCheck.Site.Tests.Infrastructure;

/// <summary>
/// The tools the quality gates run besides .NET: Debian's chromium and the npm packages of the repository's
/// <c>package.json</c> (html-validate, axe-core). A missing tool fails the test with the command that installs it;
/// it never skips, so a machine without the tools cannot pass the gates by accident.
/// </summary>
public static class TestTools
{
    /// <summary>What to run when a tool is missing, as the README says.</summary>
    public const string InstallHint =
        "run .ci/run (it installs everything), or install by hand as the README says: `sudo apt-get install -y chromium chromium-driver nodejs npm` then `npm ci` at the repository root";

    /// <summary>Debian's chromium (the tests never download a browser).</summary>
    public static string Chromium
    {
        get
        {
            const string path = "/usr/bin/chromium";
            Assert.True(File.Exists(path), $"chromium is missing ({path}): {InstallHint}.");
            return path;
        }
    }

    /// <summary>A file of an installed npm package, e.g. <c>axe-core/axe.min.js</c>.</summary>
    public static string NodeModule(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.Root, "node_modules", relativePath);
        Assert.True(File.Exists(path), $"{path} is missing (node_modules is not installed): {InstallHint}.");
        return path;
    }

    /// <summary>Runs node with <paramref name="arguments"/>; returns its exit code and standard output.</summary>
    public static (int ExitCode, string Output) Node(params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Assert.Fail($"node could not be started ({ex.Message}): {InstallHint}.");
            throw;
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode > 1)
            {
                Assert.Fail($"node {string.Join(" ", arguments.Take(1))} failed with exit code {process.ExitCode}: {error.Result}");
            }
            return (process.ExitCode, output);
        }
    }
}
