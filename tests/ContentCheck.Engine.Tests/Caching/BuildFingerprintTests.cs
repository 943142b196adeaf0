using ContentCheck.Caching;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Caching;

/// <summary>The articles' stamps in a no-op build's fingerprint: every change a contributor can make to the article
/// files must move it, and nothing else may.</summary>
public sealed class BuildFingerprintTests
{
    private static readonly DateTime Stamp = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Equal_files_give_an_equal_fingerprint()
    {
        using var directory = new TemporaryDirectory();
        var paths = Articles(directory, "a.md", "b.md", "ünï/c.md");

        Assert.Equal(Compute(paths), Compute(paths));
    }

    [Fact]
    public void A_touch_a_size_change_at_the_same_time_a_rename_and_a_deletion_each_change_it()
    {
        using var directory = new TemporaryDirectory();
        var paths = Articles(directory, "a.md", "b.md", "ünï/c.md");
        var before = Compute(paths);

        File.SetLastWriteTimeUtc(paths[2], Stamp.AddSeconds(1));
        var touched = Compute(paths);
        File.SetLastWriteTimeUtc(paths[2], Stamp);
        Assert.Equal(before, Compute(paths));

        File.AppendAllText(paths[1], "x");
        File.SetLastWriteTimeUtc(paths[1], Stamp);
        var grown = Compute(paths);
        File.WriteAllText(paths[1], "body of b.md");
        File.SetLastWriteTimeUtc(paths[1], Stamp);
        Assert.Equal(before, Compute(paths));

        var renamed = paths.ToArray();
        renamed[0] = Path.Combine(directory.FullPath, "a2.md");
        File.Move(paths[0], renamed[0]);
        var moved = Compute(renamed);

        File.Delete(renamed[0]);
        var deleted = Compute(renamed);

        var all = new[] { before, touched, grown, moved, deleted };
        Assert.Equal(all.Length, all.Distinct().Count());
    }

    private static string[] Articles(TemporaryDirectory directory, params string[] names) => names.Select(name =>
    {
        var path = directory.Write(name, "body of " + Path.GetFileName(name));
        File.SetLastWriteTimeUtc(path, Stamp);
        return path;
    }).ToArray();

    private static string Compute(IReadOnlyList<string> paths) => new BuildFingerprint().AddFileStamps(ArticleStamps.Read(paths)).Complete();
}
