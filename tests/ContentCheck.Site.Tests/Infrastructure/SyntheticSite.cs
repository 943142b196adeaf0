using ContentCheck.Corpus;
using ContentCheck.Testing;

namespace ContentCheck.Site.Tests.Infrastructure;

/// <summary>The site of a generated corpus of <see cref="ArticleCount"/> articles (the benchmark's generator, fixed
/// seed): several pages per list, a paginated home and archive, a search index of many shards. Built once per test
/// class.</summary>
public sealed class SyntheticSite : IDisposable
{
    public const int ArticleCount = 300;

    private readonly TemporaryDirectory _directory = new();

    public SyntheticSite()
    {
        var content = Path.Combine(_directory.FullPath, "content");
        new SyntheticCorpus().Write(content, ArticleCount);
        var output = Path.Combine(_directory.FullPath, "site");
        Result = SiteBuilder.Generate(content, output);
        Site = new GeneratedSite(output);
    }

    public SiteResult Result { get; }

    public GeneratedSite Site { get; }

    public void Dispose() => _directory.Dispose();
}
