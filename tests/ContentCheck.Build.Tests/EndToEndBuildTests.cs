using ContentCheck.Testing;

namespace ContentCheck.Build.Tests;

/// <summary>
/// Real <c>dotnet build</c> runs of the content project, as a contributor runs it. Builds share the content
/// project's obj folder, so they run one at a time (one collection).
/// </summary>
[Collection(RealBuilds.Name)]
public sealed class EndToEndBuildTests
{
    [Fact]
    public void Bad_date_fails_the_build_with_the_canonical_line()
    {
        using var work = new TemporaryDirectory();
        work.CopyFrom(RepositoryPaths.Content, "content");
        File.Delete(Path.Combine(work.FullPath, "content", "content.csproj"));
        work.Write("content/articles/2008/03/18/bad-date.md", "---\ntitle: Bad\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2008-13-45\n---\nBody.\n");

        var build = DotnetBuild.Content(work.FullPath, "-p:ContentRoot=" + Path.Combine(work.FullPath, "content"),
            "-p:ContentCheckSiteOutputPath=" + Path.Combine(work.FullPath, "site"), "-p:ContentCheckNow=2026-01-01T00:00:00Z");

        Assert.NotEqual(0, build.ExitCode);
        var line = Assert.Single(build.DiagnosticLines);
        Assert.StartsWith(
            "content/articles/2008/03/18/bad-date.md(5,12,5,22): error CC2001: '2008-13-45' in 'published' is not a valid date; write it in ISO 8601, one of: 2008-03-18, 2008-03-18T21:15:00+00:00, 2008-03-18T21:15Z",
            line);
        Assert.Contains("ContentCheck: 3 articles, 1 error, 0 warnings in ", build.Output);
    }

    [Fact]
    public void Embedded_corpus_builds_clean_twice_in_a_row()
    {
        using var work = new TemporaryDirectory();
        var site = Path.Combine(work.FullPath, "site");

        var first = DotnetBuild.Content(work.FullPath, "-p:ContentCheckSiteOutputPath=" + site);
        var second = DotnetBuild.Content(work.FullPath, "-p:ContentCheckSiteOutputPath=" + site);

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Empty(first.DiagnosticLines);
        Assert.Contains("ContentCheck: 2 articles, 0 errors, 0 warnings in ", first.Output);
    }

    [Fact]
    public void No_op_rebuild_replays_every_diagnostic_from_the_cache_and_an_edit_analyzes_again()
    {
        using var work = new TemporaryDirectory();
        work.CopyFrom(RepositoryPaths.Content, "content");
        var bad = work.Write("content/articles/2008/03/18/bad-date.md", "---\ntitle: Bad\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2008-13-45\n---\nBody.\n");
        string[] arguments = ["-p:ContentRoot=" + Path.Combine(work.FullPath, "content"), "-p:ContentCheckSiteOutputPath=" + Path.Combine(work.FullPath, "site"),
            "-p:ContentCheckNow=2026-01-01T00:00:00Z", "-p:ContentCheckCacheFile=" + Path.Combine(work.FullPath, "obj", "contentcheck.cache")];

        var first = DotnetBuild.Content(work.FullPath, arguments);
        var replay = DotnetBuild.Content(work.FullPath, arguments);
        File.WriteAllText(bad, File.ReadAllText(bad).Replace("2008-13-45", "2008-03-18"));
        var fixedBuild = DotnetBuild.Content(work.FullPath, arguments);

        Assert.NotEqual(0, first.ExitCode);
        Assert.NotEqual(0, replay.ExitCode);
        Assert.DoesNotContain("(up to date)", first.Output);
        Assert.Contains("ContentCheck: 3 articles, 1 error, 0 warnings in ", replay.Output);
        Assert.Contains("(up to date)", replay.Output);
        Assert.Equal(first.DiagnosticLines, replay.DiagnosticLines);
        Assert.True(fixedBuild.ExitCode == 0, fixedBuild.Output);
        Assert.DoesNotContain("(up to date)", fixedBuild.Output);
    }
}

/// <summary>The collection of tests that run real builds, one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class RealBuilds
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Real dotnet builds";
}
