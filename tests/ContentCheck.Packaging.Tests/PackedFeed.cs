using System.Text.RegularExpressions;
using ContentCheck.Testing;

namespace ContentCheck.Packaging.Tests;

/// <summary>
/// Packs ContentCheck, ContentCheck.Sdk and ContentCheck.Tool (command contentcheck) once per test run into a temporary folder feed, with a
/// private NuGet packages folder, so no test version ever reaches the user's package cache.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    private readonly TemporaryDirectory _work = new();
    private readonly Lazy<string> _toolPath;

    public PackedFeed()
    {
        Feed = Directory.CreateDirectory(Path.Combine(_work.FullPath, "feed")).FullName;
        PackagesFolder = Path.Combine(_work.FullPath, "packages");
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        // One process for the solution: only the shipping projects are packable, and the test project's references
        // have built them (in this configuration), so there is nothing to compile. PackageOutputPath, not -o, which
        // a solution refuses.
        var pack = Dotnet(RepositoryPaths.Root, "pack", Path.Combine(RepositoryPaths.Root, "ContentCheck.sln"), "--no-build",
            "-c", DotnetBuild.Configuration, "-p:PackageOutputPath=" + Feed + Path.DirectorySeparatorChar, "-tl:off", "-nologo", "-v:m");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack failed:\n{pack.Output}");
        }
        PackTime = stopwatch.Elapsed;
        var sdk = Directory.GetFiles(Feed, "ContentCheck.Sdk.*.nupkg").Single();
        Version = Regex.Match(Path.GetFileName(sdk), @"^ContentCheck\.Sdk\.(.+)\.nupkg$").Groups[1].Value;
        _toolPath = new Lazy<string>(InstallTool);
    }

    /// <summary>The folder feed holding the three packages.</summary>
    public string Feed { get; }

    /// <summary>The NuGet packages folder every restore of these tests uses instead of the user's.</summary>
    public string PackagesFolder { get; }

    /// <summary>The packages' version (Directory.Build.props <c>Version</c>).</summary>
    public string Version { get; }

    /// <summary>How long packing took.</summary>
    public TimeSpan PackTime { get; }

    /// <summary>The folder <c>dotnet tool install --tool-path</c> put the tool in (installed on first use).</summary>
    public string ToolPath => _toolPath.Value;

    /// <summary>How long installing the tool took.</summary>
    public TimeSpan InstallTime { get; private set; }

    /// <summary>The path of a package in the feed.</summary>
    public string Package(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>A nuget.config for a fresh content repo: this feed first, then the machine's own sources (not cleared).</summary>
    public string NuGetConfig() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config>
            <add key="globalPackagesFolder" value="{PackagesFolder}" />
          </config>
          <packageSources>
            <add key="contentcheck-local" value="{Feed}" />
          </packageSources>
        </configuration>
        """;

    /// <summary>Runs <c>dotnet</c> with this feed's private packages folder.</summary>
    public DotnetBuild.Result Dotnet(string workingDirectory, params string[] arguments) =>
        DotnetBuild.Run("dotnet", workingDirectory, arguments, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = PackagesFolder });

    /// <summary>Runs the installed tool in <paramref name="workingDirectory"/>.</summary>
    public DotnetBuild.Result Tool(string workingDirectory, params string[] arguments) =>
        DotnetBuild.Run(Path.Combine(ToolPath, "contentcheck"), workingDirectory, arguments, environment: null);

    private string InstallTool()
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var tools = Path.Combine(_work.FullPath, "tools");
        var install = Dotnet(_work.FullPath, "tool", "install", "ContentCheck.Tool", "--tool-path", tools, "--add-source", Feed, "--version", Version);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet tool install failed:\n{install.Output}");
        }
        InstallTime = stopwatch.Elapsed;
        return tools;
    }

    /// <inheritdoc />
    public void Dispose() => _work.Dispose();
}
