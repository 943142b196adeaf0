using ContentCheck.Testing;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ContentCheck.Build.Tests;

/// <summary>The task in-process with a fake build engine: the exact codes, files and positions it logs.</summary>
public sealed class CheckContentTaskTests
{
    private static (CheckContent Task, FakeBuildEngine Engine, bool Result) Run(TemporaryDirectory content, string? now = "2026-01-01T00:00:00Z", string? startup = null)
    {
        var engine = new FakeBuildEngine();
        var articles = Directory.EnumerateFiles(Path.Combine(content.FullPath, "articles"), "*.md", SearchOption.AllDirectories)
            .Select(f => (ITaskItem)new TaskItem(f)).ToArray();
        var task = new CheckContent
        {
            BuildEngine = engine,
            ContentRoot = content.FullPath,
            Articles = articles,
            Now = now,
            StartupDirectory = startup ?? content.FullPath,
            // In this process, as MSBuild would without the server; ServerBuildTests cover the server.
            UseServer = false,
        };
        var result = task.Execute();
        return (task, engine, result);
    }

    private static TemporaryDirectory ContentWithRegistries()
    {
        var content = new TemporaryDirectory();
        foreach (var registry in new[] { "site.yml", "sources.yml", "people.yml", "topics.yml" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Content, registry), Path.Combine(content.FullPath, registry));
        }
        return content;
    }

    [Fact]
    public void Bad_date_is_logged_as_an_error_with_code_file_span_and_help_link()
    {
        using var content = ContentWithRegistries();
        content.Write("articles/2008/03/18/bad.md", "---\ntitle: Bad\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2008-13-45\n---\nBody.\n");

        var (task, engine, result) = Run(content);

        Assert.False(result);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("CC2001", error.Code);
        Assert.Equal("articles/2008/03/18/bad.md", error.File);
        Assert.Equal((5, 12, 5, 22), (error.LineNumber, error.ColumnNumber, error.EndLineNumber, error.EndColumnNumber));
        Assert.Null(error.Subcategory);
        Assert.EndsWith("/Rules/Dates/CC2001.md", error.HelpLink);
        Assert.Empty(engine.Warnings);
        Assert.Equal((1, 1, 0), (task.ArticleCount, task.ErrorCount, task.WarningCount));
        Assert.Contains(engine.Messages, m => m.Message!.StartsWith("ContentCheck: 1 article, 1 error, 0 warnings in ", StringComparison.Ordinal));
    }

    [Fact]
    public void Paths_are_relative_to_the_startup_folder_when_below_it_and_absolute_otherwise()
    {
        using var content = ContentWithRegistries();
        var path = content.Write("articles/2008/03/18/bad.md", "no front matter\n");

        var below = Run(content, startup: Path.GetDirectoryName(content.FullPath)).Engine.Errors.Single();
        Assert.Equal(Path.GetFileName(content.FullPath) + "/articles/2008/03/18/bad.md", below.File);

        var elsewhere = Run(content, startup: Path.Combine(content.FullPath, "elsewhere")).Engine.Errors.Single();
        Assert.Equal(path, elsewhere.File);
    }

    [Fact]
    public void Embedded_corpus_is_clean()
    {
        using var content = new TemporaryDirectory();
        content.CopyFrom(RepositoryPaths.Content);

        var (task, engine, result) = Run(content);

        Assert.True(result, string.Join("\n", engine.Errors.Select(e => $"{e.File}({e.LineNumber},{e.ColumnNumber}): {e.Code}: {e.Message}")));
        Assert.Empty(engine.Warnings);
        Assert.Equal(2, task.ArticleCount);
    }

    [Fact]
    public void Invalid_clock_is_a_build_error_not_an_exception()
    {
        using var content = ContentWithRegistries();
        content.Write("articles/2008/03/18/a.md", "---\ntitle: A\n---\n");

        var (_, engine, result) = Run(content, now: "next tuesday");

        Assert.False(result);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("CCB002", error.Code);
        Assert.Contains("ContentCheckNow 'next tuesday'", error.Message);
    }

    [Fact]
    public void Missing_content_root_is_a_build_error()
    {
        var engine = new FakeBuildEngine();
        var task = new CheckContent { BuildEngine = engine, ContentRoot = "/nonexistent/contentcheck" };
        Assert.False(task.Execute());
        Assert.Equal("CCB001", Assert.Single(engine.Errors).Code);
    }
}
