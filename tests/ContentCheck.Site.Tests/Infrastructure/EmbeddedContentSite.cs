using ContentCheck.Testing;

namespace ContentCheck.Site.Tests.Infrastructure;

/// <summary>The site of the embedded content/ repo, generated once per test class.</summary>
public sealed class EmbeddedContentSite : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public EmbeddedContentSite()
    {
        var output = Path.Combine(_directory.FullPath, "site");
        Result = SiteBuilder.Generate(RepositoryPaths.Content, output);
        Site = new GeneratedSite(output);
    }

    public SiteResult Result { get; }

    public GeneratedSite Site { get; }

    /// <summary>The folder that holds the site folder and nothing else.</summary>
    public string Parent => _directory.FullPath;

    public void Dispose() => _directory.Dispose();
}
