using ContentCheck.Site.Tests.Infrastructure;
using ContentCheck.Testing;

namespace ContentCheck.Site.Tests;

/// <summary>Determinism, atomic replacement, clear errors and confinement to the output folder.</summary>
public sealed class OutputTests : IDisposable
{
    private readonly TemporaryDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Two_generations_of_the_same_input_are_byte_identical()
    {
        var first = new GeneratedSite(Path.Combine(_work.FullPath, "a"));
        var second = new GeneratedSite(Path.Combine(_work.FullPath, "b"));
        SiteBuilder.Generate(RepositoryPaths.Content, first.Root);
        SiteBuilder.Generate(RepositoryPaths.Content, second.Root);

        DirectoryAssert.SameFiles(first.Root, second.Root);
        Assert.All(first.Files, f => Assert.DoesNotContain((byte)'\r', File.ReadAllBytes(Path.Combine(first.Root, f))));
    }

    [Fact]
    public void A_second_generation_replaces_the_previous_site_entirely()
    {
        var output = Path.Combine(_work.FullPath, "site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "stale.html"), "from an older build");
        SiteBuilder.Generate(RepositoryPaths.Content, output);

        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(_work.FullPath).Select(Path.GetFileName));
    }

    [Fact]
    public void A_theme_template_with_a_syntax_error_fails_clearly_and_leaves_the_previous_site_intact()
    {
        var output = Path.Combine(_work.FullPath, "site");
        SiteBuilder.Generate(RepositoryPaths.Content, output);
        var before = Snapshot(output);
        var theme = WriteTheme("article.sbn", "<h1>{{ article.title }}</h1>\n<p>{{ if article.summary }}\n");

        var error = Assert.Throws<SiteGenerationException>(() => SiteBuilder.Generate(RepositoryPaths.Content, output, theme));

        Assert.Equal(Path.Combine(theme, "article.sbn"), error.FilePath);
        Assert.True(error.Line > 0 && error.Column > 0, error.Message);
        Assert.StartsWith($"{Path.Combine(theme, "article.sbn")}({error.Line},{error.Column}): error: the template does not parse", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(output));
        Assert.Equal(["site", "theme"], Directory.EnumerateFileSystemEntries(_work.FullPath).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_template_that_fails_while_rendering_names_its_line_and_leaves_no_temporary_folder()
    {
        var output = Path.Combine(_work.FullPath, "site");
        var theme = WriteTheme("home.sbn", "<h1>Home</h1>\n{{ include 'no-such-partial.sbn' }}\n");

        var error = Assert.Throws<SiteGenerationException>(() => SiteBuilder.Generate(RepositoryPaths.Content, output, theme));

        Assert.Equal(2, error.Line);
        Assert.Contains("no-such-partial.sbn", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        Assert.Equal(["theme"], Directory.EnumerateFileSystemEntries(_work.FullPath).Select(Path.GetFileName));
    }

    [Fact]
    public void A_theme_file_overrides_the_built_in_one()
    {
        var output = Path.Combine(_work.FullPath, "site");
        var theme = WriteTheme("site.css", "body { color: green; }\r\n");
        SiteBuilder.Generate(RepositoryPaths.Content, output, theme);

        Assert.Equal("body { color: green; }\n", File.ReadAllText(Path.Combine(output, "assets", "site.css")));
    }

    [Fact]
    public void The_output_folder_may_not_be_the_content_repo_or_a_parent_of_it()
    {
        using var content = new TemporaryDirectory();
        content.CopyFrom(RepositoryPaths.Content);
        var (project, articles, _) = SiteBuilder.Load(content.FullPath);
        var before = Snapshot(content.FullPath);

        Assert.Throws<SiteGenerationException>(() => SiteGenerator.Generate(project, articles, new SiteOptions(content.FullPath)));
        Assert.Throws<SiteGenerationException>(() => SiteGenerator.Generate(project, articles, new SiteOptions(Path.GetDirectoryName(content.FullPath)!)));
        Assert.Equal(before, Snapshot(content.FullPath));
    }

    [Fact]
    public void Hostile_slugs_cannot_write_outside_the_output_folder()
    {
        using var content = new TemporaryDirectory();
        content.CopyFrom(RepositoryPaths.Content);
        var article = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "articles/2007/10/12/us-and-russia-fail-to-bridge-gap.md"));
        foreach (var name in new[] { "..", "..%2F..%2Fescape", "..\\..\\escape", "a b<c>", "…" })
        {
            content.Write($"articles/2007/10/12/{name}.md", article);
        }
        var output = Path.Combine(_work.FullPath, "out", "site");
        SiteBuilder.Generate(content.FullPath, output);

        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(Path.Combine(_work.FullPath, "out")).Select(Path.GetFileName));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(_work.FullPath).Select(Path.GetFileName));
        var pages = new GeneratedSite(output).Pages.Where(p => p.StartsWith("articles/2007/10/12/", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, pages.Count);
        Assert.All(pages, p => Assert.Matches("^articles/2007/10/12/[a-z0-9-]+/index.html$", p));
    }

    /// <summary>A theme folder beside the output holding one file.</summary>
    private string WriteTheme(string name, string text)
    {
        var theme = Path.Combine(_work.FullPath, "theme");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, name), text);
        return theme;
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToBase64String(File.ReadAllBytes(f)));
}
