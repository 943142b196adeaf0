using System.Text.Json;
using ContentCheck.Testing;

namespace ContentCheck.Build.Tests;

/// <summary>
/// Which files are articles: the <c>ContentArticle</c> items a project evaluates to, read with
/// <c>dotnet msbuild -getItem</c> (an evaluation, no build): every .md file under articles/ at any depth by default,
/// and Include, Remove and <c>EnableDefaultContentArticles</c> work as on any MSBuild item.
/// </summary>
public sealed class ContentArticleItemTests : IDisposable
{
    private readonly TemporaryDirectory _work = new();

    public ContentArticleItemTests()
    {
        _work.Write("content/articles/2008/03/18/dated.md", "---\ntitle: A\n---\n");
        _work.Write("content/articles/world/europe/2008/03/18/nested.md", "---\ntitle: B\n---\n");
        _work.Write("content/articles/2008/03/18/notes.txt", "not an article");
        _work.Write("content/articles/2008/03/19/removed.md", "---\ntitle: C\n---\n");
        _work.Write("content/drafts/extra.md", "---\ntitle: D\n---\n");
    }

    public void Dispose() => _work.Dispose();

    [Fact]
    public void By_default_every_md_file_under_articles_at_any_depth_is_an_article()
    {
        Assert.Equal(
            ["articles/2008/03/18/dated.md", "articles/2008/03/19/removed.md", "articles/world/europe/2008/03/18/nested.md"],
            Articles(string.Empty));
    }

    [Fact]
    public void Items_can_be_removed_and_added_like_any_MSBuild_item()
    {
        var items = """
            <ItemGroup>
              <ContentArticle Remove="$(ContentRoot)/articles/2008/03/19/removed.md" />
              <ContentArticle Include="$(ContentRoot)/drafts/*.md" />
            </ItemGroup>
            """;
        Assert.Equal(["articles/2008/03/18/dated.md", "articles/world/europe/2008/03/18/nested.md", "drafts/extra.md"], Articles(items));
    }

    [Fact]
    public void EnableDefaultContentArticles_false_leaves_only_the_listed_files()
    {
        var items = """
            <PropertyGroup><EnableDefaultContentArticles>false</EnableDefaultContentArticles></PropertyGroup>
            <ItemGroup><ContentArticle Include="$(ContentRoot)/drafts/extra.md" /></ItemGroup>
            """;
        Assert.Equal(["drafts/extra.md"], Articles(items));
    }

    [Fact]
    public void A_content_folder_without_articles_has_no_default_items_and_evaluates()
    {
        Directory.Delete(Path.Combine(_work.FullPath, "content", "articles"), recursive: true);
        Assert.Empty(Articles(string.Empty));
    }

    [Fact]
    public void An_articles_file_instead_of_a_folder_lists_nothing_and_evaluates()
    {
        Directory.Delete(Path.Combine(_work.FullPath, "content", "articles"), recursive: true);
        _work.Write("content/articles", "not a folder");
        Assert.Empty(Articles(string.Empty));
    }

    [Fact]
    public void File_names_with_MSBuild_special_characters_are_one_article_each()
    {
        _work.Write("content/articles/2008/03/20/a;b%41$(X)@(Y).md", "---\ntitle: E\n---\n");
        Assert.Contains("articles/2008/03/20/a;b%41$(X)@(Y).md", Articles(string.Empty));
    }

    // The project a user writes, with ContentCheck's props and targets imported as the package does.
    private IReadOnlyList<string> Articles(string userItems)
    {
        var build = Path.Combine(RepositoryPaths.Root, "build");
        var project = _work.Write("project/content.proj", $"""
            <Project>
              <PropertyGroup><ContentRoot>{Path.Combine(_work.FullPath, "content")}</ContentRoot></PropertyGroup>
              <Import Project="{Path.Combine(build, "ContentCheck.props")}" />
              {userItems}
              <Import Project="{Path.Combine(build, "ContentCheck.targets")}" />
            </Project>
            """);
        var result = DotnetBuild.Run(_work.FullPath, ["msbuild", project, "-getItem:ContentArticle", "-nologo"]);
        Assert.True(result.ExitCode == 0, result.Output);
        using var json = JsonDocument.Parse(result.Output);
        var content = Path.Combine(_work.FullPath, "content") + Path.DirectorySeparatorChar;
        return json.RootElement.GetProperty("Items").GetProperty("ContentArticle").EnumerateArray()
            .Select(item => Path.GetRelativePath(content, item.GetProperty("FullPath").GetString()!).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
