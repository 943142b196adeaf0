using ContentCheck.Analysis;

namespace ContentCheck.Build;

/// <summary>
/// What the builds of one content root leave for the next: every article's parse and findings, valid while the
/// analysis fingerprint (tool build, clock, configuration files) stays the same — any change there starts afresh, so
/// a reused finding is always the one a full analysis would report. Not thread-safe: one build at a time.
/// </summary>
public sealed class Workspace
{
    private string? _analysisKey;
    private ArticleResultCache _articles = new();

    /// <param name="deferManifestSave">Whether the site's manifest is saved after the build has its answer (the build
    /// server, which calls <see cref="ContentCheck.Site.Output.PageCache.SaveManifest"/> then).</param>
    public Workspace(bool deferManifestSave = false) => Pages = new() { DeferManifestSave = deferManifestSave };

    /// <summary>What each page of the site was last rendered from (it checks its own site-wide inputs).</summary>
    public ContentCheck.Site.Output.PageCache Pages { get; }

    /// <summary>The article results to reuse under <paramref name="analysisKey"/> (empty when the key changed).</summary>
    public ArticleResultCache ArticlesFor(string analysisKey)
    {
        if (!string.Equals(_analysisKey, analysisKey, StringComparison.Ordinal))
        {
            _analysisKey = analysisKey;
            _articles = new ArticleResultCache();
        }
        return _articles;
    }
}
