using ContentCheck.Site.Tests.Infrastructure;
using ContentCheck.Testing;

namespace ContentCheck.Site.Tests;

/// <summary>A generation over a previous site writes only what changed, deletes what is gone, and touches nothing
/// when it fails.</summary>
public sealed class IncrementalOutputTests : IDisposable
{
    private static readonly DateTime Old = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private const string BbcArticle = "articles/2007/10/12/us-and-russia-fail-to-bridge-gap.md";

    private readonly TemporaryDirectory _work = new();
    private readonly string _content;
    private readonly string _output;
    private readonly string _manifest;

    public IncrementalOutputTests()
    {
        _content = Path.Combine(_work.FullPath, "content");
        _output = Path.Combine(_work.FullPath, "site");
        _manifest = Path.Combine(_work.FullPath, "obj", "site.manifest");
        _work.CopyFrom(RepositoryPaths.Content, "content");
    }

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Generating_unchanged_input_again_writes_no_file(bool withManifest)
    {
        var first = Generate(withManifest);
        AgeEveryFile();

        var second = Generate(withManifest);

        Assert.Equal(first.FileCount, first.FilesWritten);
        Assert.Equal(0, second.FilesWritten);
        Assert.Equal(0, second.FilesDeleted);
        Assert.Equal(first.FileCount, second.FileCount);
        Assert.Equal(first.TotalBytes, second.TotalBytes);
        Assert.All(Files(), f => Assert.Equal(Old, File.GetLastWriteTimeUtc(f)));
        Assert.Equal(withManifest, File.Exists(_manifest));
        Assert.Equal(withManifest ? ["content", "obj", "site"] : ["content", "site"], Entries(_work.FullPath));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Editing_one_article_rewrites_only_the_files_that_show_it(bool withManifest)
    {
        Generate(withManifest);
        AgeEveryFile();
        var article = Path.Combine(_content, BbcArticle);
        File.WriteAllText(article, File.ReadAllText(article).Replace("senior diplomats to disagree", "senior diplomats to differ", StringComparison.Ordinal));

        var result = Generate(withManifest);

        var changed = Files().Where(f => File.GetLastWriteTimeUtc(f) != Old).Select(Relative).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(result.FilesWritten, changed.Count);
        Assert.Contains("articles/2007/10/12/us-and-russia-fail-to-bridge-gap/index.html", changed);
        Assert.Contains("corpus.jsonl", changed);
        Assert.DoesNotContain("articles/2008/03/18/russia-us-talks-on-missile-shield-see-no-breakthrough/index.html", changed);
        Assert.DoesNotContain("index.html", changed);
        Assert.DoesNotContain("rules/cc1001/index.html", changed);
        Assert.True(changed.Count < 10, string.Join(", ", changed));
        Assert.Contains("senior diplomats to differ", File.ReadAllText(Path.Combine(_output, "articles/2007/10/12/us-and-russia-fail-to-bridge-gap/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_edited_by_hand_is_restored_even_when_the_manifest_says_it_is_unchanged()
    {
        Generate(withManifest: true);
        var home = Path.Combine(_output, "index.html");
        var original = File.ReadAllBytes(home);
        File.WriteAllText(home, "defaced");
        File.WriteAllBytes(Path.Combine(_output, "feed.xml"), File.ReadAllBytes(Path.Combine(_output, "feed.xml")).Reverse().ToArray());

        var result = Generate(withManifest: true);

        Assert.Equal(original, File.ReadAllBytes(home));
        Assert.Equal(2, result.FilesWritten);
    }

    [Fact]
    public void Files_the_site_no_longer_has_are_deleted_with_the_folders_they_leave_empty()
    {
        Generate(withManifest: true);
        File.Delete(Path.Combine(_content, BbcArticle));
        Directory.CreateDirectory(Path.Combine(_output, "by-hand", "deeper"));
        File.WriteAllText(Path.Combine(_output, "by-hand", "deeper", "note.txt"), "not produced by the site");

        var result = Generate(withManifest: true);

        Assert.False(Directory.Exists(Path.Combine(_output, "articles", "2007")));
        Assert.False(Directory.Exists(Path.Combine(_output, "by-hand")));
        Assert.False(Directory.Exists(Path.Combine(_output, "authors", "rupert-wingfield-hayes")));
        Assert.True(result.FilesDeleted >= 4, result.ToString());
        Assert.Equal(new GeneratedSite(_output).Files.Count, result.FileCount);
        Assert.Empty(LinkChecker.FindBrokenLinks(new GeneratedSite(_output)));
    }

    [Fact]
    public void A_template_that_fails_while_rendering_leaves_the_previous_site_and_its_timestamps_untouched()
    {
        Generate(withManifest: true);
        AgeEveryFile();
        var before = Files().ToDictionary(Relative, f => Convert.ToBase64String(File.ReadAllBytes(f)));
        var manifest = File.ReadAllText(_manifest);
        var theme = Path.Combine(_work.FullPath, "theme");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "list.sbn"), "<h1>{{ term.name }}</h1>\n{{ include 'missing.sbn' }}\n");
        File.WriteAllText(Path.Combine(_content, "articles/2008/03/18/extra.md"), File.ReadAllText(Path.Combine(_content, BbcArticle)));

        var error = Assert.Throws<SiteGenerationException>(() => Generate(withManifest: true, theme));

        Assert.Contains("missing.sbn", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Files().ToDictionary(Relative, f => Convert.ToBase64String(File.ReadAllBytes(f))));
        Assert.All(Files(), f => Assert.Equal(Old, File.GetLastWriteTimeUtc(f)));
        Assert.Equal(manifest, File.ReadAllText(_manifest));
        Assert.Equal(["content", "obj", "site", "theme"], Entries(_work.FullPath));
    }

    [Fact]
    public void The_manifest_may_not_live_inside_the_site()
    {
        var (project, articles, _) = SiteBuilder.Load(_content);
        var options = new SiteOptions(_output) { ManifestPath = Path.Combine(_output, "manifest.txt") };

        var error = Assert.Throws<SiteGenerationException>(() => SiteGenerator.Generate(project, articles, options));

        Assert.Contains("obj/", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_output));
    }

    [Fact]
    public void A_manifest_of_another_output_folder_is_ignored()
    {
        Generate(withManifest: true);
        var elsewhere = Path.Combine(_work.FullPath, "elsewhere");
        _work.CopyFrom(_output, "elsewhere");
        File.WriteAllText(Path.Combine(elsewhere, "index.html"), "stale copy");
        var (project, articles, _) = SiteBuilder.Load(_content);

        SiteGenerator.Generate(project, articles, new SiteOptions(elsewhere) { ManifestPath = _manifest, Rules = SiteBuilder.RuleDescriptors() });

        Assert.Equal(File.ReadAllBytes(Path.Combine(_output, "index.html")), File.ReadAllBytes(Path.Combine(elsewhere, "index.html")));
    }

    private SiteResult Generate(bool withManifest, string? theme = null)
    {
        var (project, articles, _) = SiteBuilder.Load(_content);
        return SiteGenerator.Generate(project, articles, new SiteOptions(_output)
        {
            ThemeDirectory = theme,
            ManifestPath = withManifest ? _manifest : null,
            Rules = SiteBuilder.RuleDescriptors(),
        });
    }

    /// <summary>Sets every file's timestamp far back, so a rewrite shows as a newer one.</summary>
    private void AgeEveryFile()
    {
        foreach (var file in Files())
        {
            File.SetLastWriteTimeUtc(file, Old);
        }
        if (File.Exists(_manifest))
        {
            // The manifest remembers timestamps: age them there too, as if the files had been written in 2001.
            var lines = File.ReadAllLines(_manifest);
            for (var i = 1; i < lines.Length; i++)
            {
                var parts = lines[i].Split(' ', 4);
                parts[2] = Old.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
                lines[i] = string.Join(' ', parts);
            }
            File.WriteAllText(_manifest, string.Join("\n", lines) + "\n");
        }
    }

    private IEnumerable<string> Files() => Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories);

    private string Relative(string file) => Path.GetRelativePath(_output, file).Replace('\\', '/');

    private static List<string> Entries(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(e => Path.GetFileName(e)!).Order(StringComparer.Ordinal).ToList();
}
