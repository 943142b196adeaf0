using System.Reflection.PortableExecutable;
using ContentCheck.Testing;

namespace ContentCheck.Packaging.Tests;

/// <summary>
/// src/ContentCheck.ReadyToRun.targets: a Release build precompiles the dlls shipped beside the task (so a fresh MSBuild
/// node or build server spends no seconds in the JIT), they still run, a second build compiles nothing again, and the
/// task project is wired to it for Release only. Driven on a small app that ships YamlDotNet, one of those dlls: a
/// Release build of the whole task folder would cost this suite a minute.
/// </summary>
public sealed class ReadyToRunTests : IDisposable
{
    private readonly TemporaryDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void A_release_build_ships_precompiled_dlls_that_run_and_compiles_them_once()
    {
        File.WriteAllText(Path.Combine(_work.FullPath, "app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="YamlDotNet" Version="{PackageVersion("YamlDotNet")}" />
              </ItemGroup>
              <Import Project="{Path.Combine(RepositoryPaths.Root, "src", "ContentCheck.ReadyToRun.targets")}" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(_work.FullPath, "Program.cs"), """
            var stream = new YamlDotNet.RepresentationModel.YamlStream();
            stream.Load(new StringReader("title: precompiled"));
            var root = (YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode;
            Console.WriteLine(root.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("title")]);
            """);

        var first = Build();
        var shipped = Path.Combine(_work.FullPath, "bin", "Release", "net10.0", "YamlDotNet.dll");
        var run = DotnetBuild.Run(_work.FullPath, [Path.Combine(_work.FullPath, "bin", "Release", "net10.0", "app.dll")]);
        var second = Build();

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.True(IsReadyToRun(shipped), "YamlDotNet.dll beside the app is IL only");
        Assert.Equal("precompiled", run.Output.Trim());
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("Skipping target \"_ContentCheckReadyToRunCompile\"", second.Output, StringComparison.Ordinal);
        // The compiled dll replaced the IL one as the file to copy: the first build copies it from obj/, an unchanged
        // build copies nothing.
        Assert.Contains("r2r/YamlDotNet.dll\" to \"", first.Output.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.DoesNotContain("YamlDotNet.dll\" to \"", second.Output, StringComparison.Ordinal);
        Assert.True(IsReadyToRun(shipped), "the second build put the IL dll back");
    }

    [Theory]
    [InlineData("Release", "true")]
    [InlineData("Debug", "")]
    public void The_task_project_precompiles_in_release_only(string configuration, string expected)
    {
        var project = Path.Combine(RepositoryPaths.Root, "src", "ContentCheck.Build.Tasks", "ContentCheck.Build.Tasks.csproj");

        var result = DotnetBuild.Run(_work.FullPath, ["msbuild", project, "-getProperty:ContentCheckReadyToRun", "-p:Configuration=" + configuration, "-nologo"]);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(expected, result.Output.Trim());
    }

    private DotnetBuild.Result Build() =>
        DotnetBuild.Run(_work.FullPath, ["build", "-c", "Release", "-tl:off", "-nologo", "-v:n"], TimeSpan.FromMinutes(5));

    /// <summary>Whether a dll carries precompiled code: ReadyToRun images have a managed native header.</summary>
    private static bool IsReadyToRun(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    /// <summary>The version Directory.Packages.props pins, so the app restores what the repo already restored.</summary>
    private static string PackageVersion(string id)
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props"));
        return props.Descendants("PackageVersion").Single(e => (string?)e.Attribute("Include") == id).Attribute("Version")!.Value;
    }
}
