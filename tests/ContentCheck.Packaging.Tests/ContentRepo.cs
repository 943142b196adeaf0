using ContentCheck.Testing;

namespace ContentCheck.Packaging.Tests;

/// <summary>A fresh content repo in a temporary folder: this repository's articles and registries (not its project
/// or Directory.Build files, which dogfood the task from src/), a nuget.config pointing at the packed feed, and the
/// project file under test.</summary>
public sealed class ContentRepo : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public ContentRepo(PackedFeed feed, string projectFile)
    {
        _directory.CopyFrom(RepositoryPaths.Content);
        foreach (var file in Directory.GetFiles(Root, "*.csproj").Concat(Directory.GetFiles(Root, "Directory.Build.*")))
        {
            File.Delete(file);
        }
        _directory.Write("nuget.config", feed.NuGetConfig());
        _directory.Write("news.csproj", projectFile);
    }

    /// <summary>The repo's root.</summary>
    public string Root => _directory.FullPath;

    /// <summary>Writes a file in the repo.</summary>
    public string Write(string relativePath, string text) => _directory.Write(relativePath, text);

    /// <inheritdoc />
    public void Dispose() => _directory.Dispose();
}
