using ContentCheck.Testing;

namespace ContentCheck.Build.Tests;

/// <summary>
/// Real builds through the ContentCheck build server: a build after an edit re-analyzes only the edited article, and
/// reports exactly what a build in MSBuild's own process reports, down to the bytes of the site.
/// </summary>
[Collection(RealBuilds.Name)]
public sealed class ServerBuildTests
{
    [Fact]
    public void An_edit_re_analyzes_one_article_and_the_output_equals_an_in_process_build()
    {
        using var work = new TemporaryDirectory();
        work.CopyFrom(RepositoryPaths.Content, "content");
        var bad = work.Write("content/articles/2008/03/18/bad-date.md", "---\ntitle: Bad\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2008-13-45\n---\nBody.\n");
        // Two warnings (CC3002, CC3004) and a suppressed one, in an article the edit leaves alone.
        work.Write("content/articles/2008/03/18/warned.md", WarnedContent.Article);
        var content = Path.Combine(work.FullPath, "content");
        string[] Arguments(string name, bool server) =>
        [
            "-v:n", "-p:ContentRoot=" + content, "-p:ContentCheckNow=2026-01-01T00:00:00Z",
            "-p:ContentCheckSiteOutputPath=" + Path.Combine(work.FullPath, name, "site"),
            "-p:ContentCheckCacheFile=" + Path.Combine(work.FullPath, name, "obj", "contentcheck.cache"),
            "-p:ContentCheckUseServer=" + (server ? "true" : "false"),
        ];

        var first = DotnetBuild.Content(work.FullPath, Arguments("server", server: true));
        File.WriteAllText(bad, File.ReadAllText(bad).Replace("2008-13-45", "2008-03-18"));
        var afterEdit = DotnetBuild.Content(work.FullPath, Arguments("server", server: true));
        var inProcess = DotnetBuild.Content(work.FullPath, Arguments("in-process", server: false));

        Assert.NotEqual(0, first.ExitCode);
        Assert.Contains("built by the build server; 4 of 4 articles analyzed", first.Output);
        Assert.True(afterEdit.ExitCode == 0, afterEdit.Output);
        Assert.Contains("built by the build server; 1 of 4 articles analyzed", afterEdit.Output);
        Assert.DoesNotContain("built by the build server", inProcess.Output);

        // The unchanged article's warning is still reported, from the reused analysis, exactly as in-process.
        Assert.Contains(afterEdit.DiagnosticLines, l => l.Contains("warned.md", StringComparison.Ordinal) && l.Contains("warning CC3002", StringComparison.Ordinal));
        Assert.Equal(inProcess.DiagnosticLines, afterEdit.DiagnosticLines);
        DirectoryAssert.SameFiles(Path.Combine(work.FullPath, "in-process", "site"), Path.Combine(work.FullPath, "server", "site"));

        // A second edit over a published site: the server keeps the pages that do not show the article.
        var warned = Path.Combine(content, "articles", "2008", "03", "18", "warned.md");
        File.WriteAllText(warned, File.ReadAllText(warned).Replace("title: Talks end without a deal", "title: Talks end in a deal", StringComparison.Ordinal));
        var secondEdit = DotnetBuild.Content(work.FullPath, Arguments("server", server: true));
        var secondInProcess = DotnetBuild.Content(work.FullPath, Arguments("in-process", server: false));

        Assert.True(secondEdit.ExitCode == 0, secondEdit.Output);
        var pages = System.Text.RegularExpressions.Regex.Match(secondEdit.Output, @"ContentCheck: (\d+) of (\d+) pages rendered, the others unchanged since the last build");
        Assert.True(pages.Success, secondEdit.Output);
        Assert.InRange(int.Parse(pages.Groups[1].Value), 1, int.Parse(pages.Groups[2].Value) - 10);
        Assert.DoesNotContain("the site model was kept", secondEdit.Output);
        Assert.Equal(secondInProcess.DiagnosticLines, secondEdit.DiagnosticLines);
        DirectoryAssert.SameFiles(Path.Combine(work.FullPath, "in-process", "site"), Path.Combine(work.FullPath, "server", "site"));

        // A third edit, of the body alone: the server keeps its site model and still writes the in-process site.
        File.AppendAllText(warned, "\nA paragraph added by a later edit.\n");
        var thirdEdit = DotnetBuild.Content(work.FullPath, Arguments("server", server: true));
        var thirdInProcess = DotnetBuild.Content(work.FullPath, Arguments("in-process", server: false));

        Assert.True(thirdEdit.ExitCode == 0, thirdEdit.Output);
        Assert.Contains("no article's metadata changed, so the site model was kept", thirdEdit.Output);
        Assert.Equal(thirdInProcess.DiagnosticLines, thirdEdit.DiagnosticLines);
        DirectoryAssert.SameFiles(Path.Combine(work.FullPath, "in-process", "site"), Path.Combine(work.FullPath, "server", "site"));
    }
}
