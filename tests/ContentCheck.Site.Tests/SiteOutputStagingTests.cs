using System.Text;
using ContentCheck.Site.Output;
using ContentCheck.Testing;

namespace ContentCheck.Site.Tests;

/// <summary>How <see cref="SiteOutput"/> stages changed files over a previous site: flat in its temporary folder (no
/// copy of the site's folder tree, whose thousands of per-page folders cost more than the pages), then moved into
/// place by the commit, new folders included.</summary>
public sealed class SiteOutputStagingTests : IDisposable
{
    private readonly TemporaryDirectory _work = new();
    private readonly string _content;
    private readonly string _site;

    public SiteOutputStagingTests()
    {
        _content = Directory.CreateDirectory(Path.Combine(_work.FullPath, "content")).FullName;
        _site = Path.Combine(_work.FullPath, "site");
    }

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Over_a_previous_site_changed_and_new_files_are_staged_without_folders_and_committed_into_their_own()
    {
        Publish(("index.html", "home"), ("articles/2026/01/one/index.html", "one"), ("articles/2026/01/two/index.html", "two"), ("old/gone.html", "gone"));

        using (var output = SiteOutput.Begin(_site, _content))
        {
            output.WriteBytes("index.html", Bytes("home"));
            output.WriteBytes("articles/2026/01/one/index.html", Bytes("one, edited"));
            output.WriteBytes("articles/2026/01/two/index.html", Bytes("two"));
            output.WriteBytes("articles/2026/02/three/index.html", Bytes("three, new"));
            output.WriteStream("corpus.jsonl", stream => stream.Write(Bytes("{}\n")));

            var staging = Directory.GetDirectories(_work.FullPath, "site.tmp-*").Single();
            Assert.Empty(Directory.GetDirectories(staging));
            Assert.Equal(3, Directory.GetFiles(staging).Length);
            Assert.Equal("one", File.ReadAllText(Path.Combine(_site, "articles/2026/01/one/index.html")));

            output.Commit();
            Assert.Equal(3, output.FilesWritten);
            Assert.Equal(1, output.FilesDeleted);
        }

        Assert.Equal(
            ["articles/2026/01/one/index.html", "articles/2026/01/two/index.html", "articles/2026/02/three/index.html", "corpus.jsonl", "index.html"],
            Directory.GetFiles(_site, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_site, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal("one, edited", File.ReadAllText(Path.Combine(_site, "articles/2026/01/one/index.html")));
        Assert.Equal("three, new", File.ReadAllText(Path.Combine(_site, "articles/2026/02/three/index.html")));
        Assert.False(Directory.Exists(Path.Combine(_site, "old")));
        Assert.Equal(["content", "site"], Directory.GetFileSystemEntries(_work.FullPath).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_new_file_where_the_previous_site_had_a_folder_replaces_the_folder()
    {
        Publish(("index.html", "home"), ("feed/index.xml", "old feed"));

        Publish(("index.html", "home"), ("feed", "new feed"));

        Assert.Equal("new feed", File.ReadAllText(Path.Combine(_site, "feed")));
    }

    [Fact]
    public void A_new_folder_where_the_previous_site_had_a_file_replaces_the_file()
    {
        Publish(("index.html", "home"), ("feed", "old feed"));

        Publish(("index.html", "home"), ("feed/index.xml", "new feed"));

        Assert.Equal("new feed", File.ReadAllText(Path.Combine(_site, "feed", "index.xml")));
    }

    [Fact]
    public void A_new_file_where_an_empty_folder_was_left_replaces_the_folder()
    {
        Publish(("index.html", "home"));
        Directory.CreateDirectory(Path.Combine(_site, "feed"));

        Publish(("index.html", "home"), ("feed", "new feed"));

        Assert.Equal("new feed", File.ReadAllText(Path.Combine(_site, "feed")));
    }

    [Fact]
    public void An_uncommitted_generation_over_a_previous_site_leaves_it_as_it_was_and_removes_its_staging()
    {
        Publish(("index.html", "home"), ("articles/a/index.html", "a"));

        using (var output = SiteOutput.Begin(_site, _content))
        {
            output.WriteBytes("index.html", Bytes("home, edited"));
            output.WriteBytes("articles/b/index.html", Bytes("b"));
        }

        Assert.Equal("home", File.ReadAllText(Path.Combine(_site, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(_site, "articles", "b")));
        Assert.Equal(["content", "site"], Directory.GetFileSystemEntries(_work.FullPath).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>Generates and commits a site of exactly these files over whatever the output folder holds.</summary>
    private void Publish(params (string Path, string Text)[] files)
    {
        using var output = SiteOutput.Begin(_site, _content);
        foreach (var (path, text) in files)
        {
            output.WriteBytes(path, Bytes(text));
        }
        output.Commit();
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
