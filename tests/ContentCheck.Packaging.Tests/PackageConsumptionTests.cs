using System.IO.Compression;
using System.Xml.Linq;
using ContentCheck.Testing;

namespace ContentCheck.Packaging.Tests;

/// <summary>A fresh content repo adopts ContentCheck from the feed, in both forms, and `dotnet build` validates it.</summary>
[Collection(PackedFeedCollection.Name)]
public sealed class PackageConsumptionTests
{
    private readonly PackedFeed _feed;

    public PackageConsumptionTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void ContentCheck_package_carries_the_task_with_its_dependencies_and_the_repos_build_files()
    {
        using var package = ZipFile.OpenRead(_feed.Package("ContentCheck"));
        var entries = package.Entries.Select(e => e.FullName).Where(n => !IsPackagingMetadata(n)).OrderBy(n => n, StringComparer.Ordinal).ToList();

        Assert.Equal(new[]
        {
            "ContentCheck.nuspec",
            "build/ContentCheck.props",
            "build/ContentCheck.targets",
            "tasks/net10.0/ContentCheck.Build.Tasks.deps.json",
            "tasks/net10.0/ContentCheck.Build.Tasks.dll",
            "tasks/net10.0/ContentCheck.BuildServer.deps.json",
            "tasks/net10.0/ContentCheck.BuildServer.dll",
            "tasks/net10.0/ContentCheck.BuildServer.runtimeconfig.json",
            "tasks/net10.0/ContentCheck.Engine.dll",
            "tasks/net10.0/ContentCheck.Site.dll",
            "tasks/net10.0/Markdig.dll",
            "tasks/net10.0/Scriban.Signed.dll",
            "tasks/net10.0/System.IO.Hashing.dll",
            "tasks/net10.0/YamlDotNet.dll",
        }, entries);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "build", "ContentCheck.targets")), Read(package, "build/ContentCheck.targets"));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "build", "ContentCheck.props")), Read(package, "build/ContentCheck.props"));

        var nuspec = XDocument.Parse(Read(package, "ContentCheck.nuspec"));
        XNamespace ns = nuspec.Root!.Name.NamespaceName;
        Assert.Equal("true", nuspec.Descendants(ns + "developmentDependency").Single().Value);
        Assert.Empty(nuspec.Descendants(ns + "dependency"));
    }

    [Fact]
    public void Package_ids_differ_even_ignoring_case()
    {
        // NuGet ids are case-insensitive: a tool called "contentcheck" would be the MSBuild package "ContentCheck".
        var ids = Directory.GetFiles(_feed.Feed, "*.nupkg").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToList();

        Assert.Equal(new[] { $"ContentCheck.{_feed.Version}.nupkg", $"ContentCheck.Sdk.{_feed.Version}.nupkg", $"ContentCheck.Tool.{_feed.Version}.nupkg" }, ids);
    }

    [Fact]
    public void Sdk_package_wraps_NoTargets_at_the_version_the_repo_pins()
    {
        using var package = ZipFile.OpenRead(_feed.Package("ContentCheck.Sdk"));
        var names = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Sdk/Sdk.props", names);
        Assert.Contains("Sdk/Sdk.targets", names);
        Assert.Contains("Sdk/ContentCheck.targets", names);
        Assert.Contains("tasks/net10.0/ContentCheck.Build.Tasks.dll", names);
        Assert.DoesNotContain(names, n => n.StartsWith("lib/", StringComparison.Ordinal));

        // One NoTargets version for the repo (global.json) and for every content repo using the SDK.
        var globalJson = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "global.json")));
        var pinned = globalJson.RootElement.GetProperty("msbuild-sdks").GetProperty("Microsoft.Build.NoTargets").GetString();
        var props = XDocument.Parse(Read(package, "Sdk/Sdk.props"));
        var import = props.Descendants("Import").Single(i => (string?)i.Attribute("Sdk") == "Microsoft.Build.NoTargets");
        Assert.Equal(pinned, (string?)import.Attribute("Version"));
    }

    [Fact]
    public void PackageReference_form_validates_on_build_and_fails_on_a_bad_article()
    {
        using var repo = new ContentRepo(_feed, $"""
            <Project Sdk="Microsoft.Build.NoTargets/3.7.0">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ContentCheck" Version="{_feed.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);

        AssertCleanThenBroken(repo);
    }

    [Fact]
    public void Sdk_form_is_a_one_line_project()
    {
        using var repo = new ContentRepo(_feed, $"""<Project Sdk="ContentCheck.Sdk/{_feed.Version}" />""");

        AssertCleanThenBroken(repo);
    }

    private void AssertCleanThenBroken(ContentRepo repo)
    {
        var clean = _feed.Dotnet(repo.Root, "build", "-tl:off", "-nologo", "-v:m", "-p:ContentCheckNow=2026-01-01T00:00:00Z");
        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.Empty(clean.DiagnosticLines);
        Assert.Contains("ContentCheck: 2 articles, 0 errors, 0 warnings in ", clean.Output);
        // A clean validation emits the site to ContentCheckSiteOutputPath (default artifacts/site/).
        var site = Path.Combine(repo.Root, "artifacts", "site");
        var page = Path.Combine(site, "articles", "2007", "10", "12", "us-and-russia-fail-to-bridge-gap", "index.html");
        Assert.True(File.Exists(Path.Combine(site, "index.html")), clean.Output);
        Assert.Contains("<h1>US and Russia fail to bridge gap</h1>", File.ReadAllText(page));
        var published = File.GetLastWriteTimeUtc(page);

        repo.Write(Articles.BadDatePath, Articles.BadDate);
        var broken = _feed.Dotnet(repo.Root, "build", "--no-restore", "-tl:off", "-nologo", "-v:m", "-p:ContentCheckNow=2026-01-01T00:00:00Z");

        Assert.NotEqual(0, broken.ExitCode);
        Assert.StartsWith(Articles.BadDateLine, Assert.Single(broken.DiagnosticLines));
        Assert.Contains("ContentCheck: 3 articles, 1 error, 0 warnings in ", broken.Output);
        // Errors publish nothing: the last good site stays as it was.
        Assert.Equal(published, File.GetLastWriteTimeUtc(page));
    }

    private static bool IsPackagingMetadata(string name) =>
        name.StartsWith("_rels/", StringComparison.Ordinal) || name.StartsWith("package/", StringComparison.Ordinal) || name == "[Content_Types].xml";

    private static string Read(ZipArchive package, string name)
    {
        using var reader = new StreamReader(package.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
