using System.Globalization;
using ContentCheck.Build.Protocol;
using ContentCheck.Caching;

namespace ContentCheck.Build;

/// <summary>What a build's result depends on, as <see cref="BuildFingerprint"/>s: the tool's own build, the options,
/// the content repo's configuration files and the article files.</summary>
public static class BuildFingerprints
{
    /// <summary>What one article's findings depend on besides its own text: the tool's build, the content root and its
    /// configuration files (registries, schema, site.yml, every applicable .editorconfig). While it is
    /// unchanged, an unchanged article's parse and findings can be reused.</summary>
    public static string Analysis(BuildRequest request) => AnalysisPart(request).Complete();

    /// <summary>What the whole build's output depends on: <paramref name="analysis"/> (see <see cref="Analysis"/>),
    /// the task's options, the theme, the baseline and every article file's size and time stamp
    /// (<paramref name="stamps"/>, of <see cref="BuildRequest.Articles"/>). Equal fingerprints: the build cache can be
    /// replayed.</summary>
    public static string Build(BuildRequest request, string analysis, ArticleStamps stamps)
    {
        var fingerprint = new BuildFingerprint()
            .Add("analysis", analysis)
            // An unpinned clock changes the site's dates of "now" and CC2003 only from one day to the next: key on the
            // UTC day (a replayed CC2003 is never stale: a cache holding one is not replayed, see ContentBuild.TryReplay).
            .Add("now", string.IsNullOrWhiteSpace(request.PinnedNow) ? "day:" + request.Now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : request.PinnedNow)
            .Add("site", request.GenerateSite ? request.SiteOutputPath : "off")
            // A deleted site folder must be written again even when nothing else changed.
            .Add("site-exists", request.GenerateSite && request.SiteOutputPath is { } site && Directory.Exists(site) ? "yes" : "no")
            .Add("base-url", request.BaseUrl)
            .Add("error-log", string.IsNullOrEmpty(request.ErrorLog) ? null : request.ErrorLog + (File.Exists(request.ErrorLog) ? "" : " (missing)"))
            .Add("update-baseline", request.UpdateBaseline ? "yes" : "no");

        // The theme changes the site, not the diagnostics: without it here, a no-op build would keep a stale site.
        var theme = Path.Combine(request.ContentRoot, "theme");
        if (request.GenerateSite && Directory.Exists(theme))
        {
            foreach (var file in Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                fingerprint.AddFileStamp("theme", file);
            }
        }
        if (!string.IsNullOrEmpty(request.Baseline))
        {
            fingerprint.AddFileContents("baseline", Path.GetFullPath(request.Baseline!));
        }
        fingerprint.Add("articles", request.Articles.Count.ToString(CultureInfo.InvariantCulture));
        fingerprint.AddFileStamps(stamps);
        return fingerprint.Complete();
    }

    private static BuildFingerprint AnalysisPart(BuildRequest request)
    {
        var fingerprint = new BuildFingerprint()
            .Add("build", typeof(ContentBuild).Assembly.ManifestModule.ModuleVersionId.ToString())
            .Add("engine", typeof(ContentCheck.Analysis.AnalysisRunner).Assembly.ManifestModule.ModuleVersionId.ToString())
            .Add("site-generator", typeof(ContentCheck.Site.SiteGenerator).Assembly.ManifestModule.ModuleVersionId.ToString())
            // No clock here: the one rule that reads it (CC2003) runs on every article at every build, reused or not.
            .Add("root", request.ContentRoot);
        foreach (var file in ConfigurationFiles(request.ContentRoot, request.Articles))
        {
            fingerprint.AddFileContents("config", file);
        }
        return fingerprint;
    }

    /// <summary>The YAML files of the content root and every <c>.editorconfig</c> that can apply to an article: in the
    /// folder of an article or any folder above it, up to the file system's root. Looked up folder by folder (one stat
    /// each) instead of listing the whole content tree. Sorted, so the fingerprint does not depend on the order found.</summary>
    private static IEnumerable<string> ConfigurationFiles(string contentRoot, IReadOnlyList<string> articles)
    {
        var files = new List<string>();
        files.AddRange(Directory.EnumerateFiles(contentRoot, "*.yml", SearchOption.TopDirectoryOnly));
        files.AddRange(Directory.EnumerateFiles(contentRoot, "*.yaml", SearchOption.TopDirectoryOnly));
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var previous = string.Empty;
        foreach (var article in articles)
        {
            // Articles come in path order: most share the previous one's folder, which is already in the set.
            var length = article.LastIndexOf(Path.DirectorySeparatorChar);
            if (length == previous.Length && article.StartsWith(previous, StringComparison.Ordinal))
            {
                continue;
            }
            previous = length > 0 ? article.Substring(0, length) : string.Empty;
            for (var folder = previous; !string.IsNullOrEmpty(folder) && folders.Add(folder); folder = Path.GetDirectoryName(folder)!)
            {
            }
        }
        for (var parent = Path.GetFullPath(contentRoot); !string.IsNullOrEmpty(parent) && folders.Add(parent); parent = Path.GetDirectoryName(parent)!)
        {
        }
        // One stat per folder (6,400 at 10,000 articles): on both cores, as the articles' stamps are.
        files.AddRange(folders.AsParallel().Select(folder => Path.Combine(folder, ".editorconfig")).Where(File.Exists));
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
