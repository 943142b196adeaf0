using ContentCheck.Testing;

namespace ContentCheck.Cli.Tests.Infrastructure;

/// <summary>A copy of this repository's content repo (articles and registries, not its project files) in a temporary
/// folder, for a test to edit.</summary>
internal sealed class TestRepo : IDisposable
{
    /// <summary>The clock the tests pin, so no article is ever "in the future".</summary>
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public const string NowText = "2026-01-01T00:00:00Z";

    /// <summary>The BBC article of the seed, as the site publishes it.</summary>
    public const string BbcArticle = "articles/2007/10/12/us-and-russia-fail-to-bridge-gap.md";

    public const string BbcPage = "articles/2007/10/12/us-and-russia-fail-to-bridge-gap/";

    /// <summary>An article whose published date is no date (CC2001, an error).</summary>
    public const string BadDatePath = "articles/2008/03/18/bad-date.md";

    public const string BadDate = "---\ntitle: Bad\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2008-13-45\n---\nBody.\n";

    private readonly TemporaryDirectory _directory = new();

    public TestRepo()
    {
        _directory.CopyFrom(RepositoryPaths.Content);
        foreach (var file in Directory.GetFiles(Root, "*.csproj").Concat(Directory.GetFiles(Root, "Directory.Build.*")))
        {
            File.Delete(file);
        }
    }

    public string Root => _directory.FullPath;

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public string Write(string relativePath, string text) => _directory.Write(relativePath, text);

    public string Read(string relativePath) => File.ReadAllText(Path(relativePath));

    public void Dispose() => _directory.Dispose();
}
