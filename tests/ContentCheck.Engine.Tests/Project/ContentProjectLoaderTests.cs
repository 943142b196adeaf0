using System.Text;
using ContentCheck.Project;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Project;

public sealed class ContentProjectLoaderTests
{
    private static (ContentProject Project, ConfigurationFileProblem Problem) LoadWithOneProblem(string fileName, byte[] content)
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllBytes(Path.Combine(directory.FullPath, fileName), content);
        var project = ContentProjectLoader.Load(directory.FullPath);
        return (project, Assert.Single(project.Problems));
    }

    private static string Slice(ConfigurationFileProblem problem) => problem.Text.ToString(problem.Span);

    [Fact]
    public void A_broken_registry_is_reported_at_its_error_and_treated_as_absent()
    {
        var (project, problem) = LoadWithOneProblem("sources.yml", Encoding.UTF8.GetBytes("- id: bbc-news\n  name: BBC: News\n"));
        Assert.Equal("sources.yml", problem.Path);
        Assert.Equal(":", Slice(problem));
        Assert.Equal("2,12", problem.Text.GetLinePosition(problem.Span.Start).ToString());
        Assert.StartsWith("sources.yml is not valid YAML: ", problem.Message);
        // Absent, not empty: an empty registry would make every article's source id unknown.
        Assert.Null(project.Sources);
    }

    [Fact]
    public void A_site_file_that_is_not_a_mapping_is_reported()
    {
        var (project, problem) = LoadWithOneProblem("site.yml", Encoding.UTF8.GetBytes("- title: x\n"));
        Assert.Equal("- title: x", Slice(problem));
        Assert.Contains("but it is a list", problem.Message);
        Assert.Same(SiteSettings.Default, project.Site);
    }

    [Fact]
    public void A_registry_in_a_legacy_encoding_points_at_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("- id: sergey-lavrov\n  name: Serg").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("i\n")).ToArray();
        var (project, problem) = LoadWithOneProblem("people.yml", bytes);
        Assert.Equal("2,13", problem.Text.GetLinePosition(problem.Span.Start).ToString());
        Assert.Contains("byte 0xE9", problem.Message);
        Assert.Null(project.People);
    }

    [Fact]
    public void A_registry_entry_without_an_id_is_reported_and_skipped()
    {
        var (project, problem) = LoadWithOneProblem("topics.yml", Encoding.UTF8.GetBytes("- id: diplomacy\n- title: No id\n"));
        Assert.Equal("title: No id", Slice(problem));
        Assert.Equal(new[] { "diplomacy" }, project.Topics!.Ids);
    }

    [Fact]
    public void A_registry_with_a_bom_and_crlf_reads_normally()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllBytes(Path.Combine(directory.FullPath, "sources.yml"),
            new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("- id: bbc-news\r\n  unsigned: true\r\n")).ToArray());
        var project = ContentProjectLoader.Load(directory.FullPath);
        Assert.Empty(project.Problems);
        var entry = project.Sources!.Find("bbc-news")!;
        Assert.True(entry.GetBoolean("unsigned"));
        Assert.Equal("1,7", project.Sources.Text.GetLinePosition(entry.IdNode.Span.Start).ToString());
    }

    [Fact]
    public void An_empty_registry_exists_but_has_no_ids()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("sources.yml", "# no sources yet\n");
        var project = ContentProjectLoader.Load(directory.FullPath);
        Assert.Empty(project.Problems);
        Assert.Empty(project.Sources!.Entries);
    }
}
