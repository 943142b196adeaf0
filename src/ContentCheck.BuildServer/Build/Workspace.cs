using ContentCheck.Analysis;
using ContentCheck.Configuration;

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
    private EditorConfigRuleConfiguration? _configuration;

    /// <param name="deferManifestSave">Whether the site's manifest is saved after the build has its answer (the build
    /// server, which calls <see cref="ContentCheck.Site.Output.PageCache.SaveManifest"/> then).</param>
    public Workspace(bool deferManifestSave = false) => Pages = new() { DeferManifestSave = deferManifestSave };

    /// <summary>What each page of the site was last rendered from (it checks its own site-wide inputs).</summary>
    public ContentCheck.Site.Output.PageCache Pages { get; }

    /// <summary>The article results to reuse under <paramref name="analysisKey"/> (empty when the key changed).</summary>
    public ArticleResultCache ArticlesFor(string analysisKey)
    {
        Use(analysisKey);
        return _articles;
    }

    /// <summary>The <c>.editorconfig</c> settings of <paramref name="contentRoot"/> to reuse under
    /// <paramref name="analysisKey"/>, with what they already resolved for each article (a new reading when the key
    /// changed). The key holds the contents of every <c>.editorconfig</c> in an article's folder or above it, which are
    /// all the files a reading can use: while it is unchanged, every answer is the one a new reading would give. Reused
    /// because CC2003 reads its tolerance for every article at every build, and resolving it afresh (the files of each
    /// folder looked up, the sections matched) was 6 % of the server's CPU in an edit build.</summary>
    public EditorConfigRuleConfiguration RuleConfigurationFor(string analysisKey, string contentRoot)
    {
        Use(analysisKey);
        return _configuration ??= new EditorConfigRuleConfiguration(contentRoot);
    }

    private void Use(string analysisKey)
    {
        if (!string.Equals(_analysisKey, analysisKey, StringComparison.Ordinal))
        {
            _analysisKey = analysisKey;
            _articles = new ArticleResultCache();
            _configuration = null;
        }
    }
}
