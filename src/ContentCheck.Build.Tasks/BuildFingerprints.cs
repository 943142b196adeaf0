using ContentCheck.Caching;

namespace ContentCheck.Build;

/// <summary>What a build's result depends on, as a <see cref="BuildFingerprint"/>: the tool's own build, the task's
/// options, the content repo's configuration files and the article files.</summary>
internal static class BuildFingerprints
{
    public static string Compute(CheckContent task, string contentRoot, IReadOnlyList<string> articleFullPaths, DateTimeOffset now)
    {
        var fingerprint = new BuildFingerprint()
            .Add("task", typeof(CheckContent).Assembly.ManifestModule.ModuleVersionId.ToString())
            .Add("engine", typeof(ContentCheck.Analysis.AnalysisRunner).Assembly.ManifestModule.ModuleVersionId.ToString())
            // An unpinned clock changes "published in the future" only from one day to the next: key on the UTC day.
            .Add("now", string.IsNullOrWhiteSpace(task.Now) ? "day:" + now.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : task.Now)
            .Add("site", task.GenerateSite ? task.SiteOutputPath : "off")
            // A deleted site folder must be written again even when nothing else changed.
            .Add("site-exists", task.GenerateSite && task.SiteOutputPath is { } site && Directory.Exists(site) ? "yes" : "no")
            .Add("base-url", task.BaseUrl)
            .Add("error-log", string.IsNullOrEmpty(task.ErrorLog) ? null : task.ErrorLog + (File.Exists(task.ErrorLog) ? "" : " (missing)"))
            .Add("update-baseline", task.UpdateBaseline ? "yes" : "no")
            .Add("root", contentRoot);

        foreach (var file in ConfigurationFiles(contentRoot))
        {
            fingerprint.AddFileContents("config", file);
        }
        // The theme changes the site, not the diagnostics: without it here, a no-op build would keep a stale site.
        var theme = Path.Combine(contentRoot, "theme");
        if (task.GenerateSite && Directory.Exists(theme))
        {
            foreach (var file in Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                fingerprint.AddFileStamp("theme", file);
            }
        }
        if (!string.IsNullOrEmpty(task.Baseline))
        {
            fingerprint.AddFileContents("baseline", Path.GetFullPath(task.Baseline!));
        }
        fingerprint.Add("articles", articleFullPaths.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var path in articleFullPaths)
        {
            fingerprint.AddFileStamp(path, path);
        }
        return fingerprint.Complete();
    }

    /// <summary>The YAML files of the content root and every <c>.editorconfig</c> that can apply to an article: those
    /// below the root and those above it up to the file system's root.</summary>
    private static IEnumerable<string> ConfigurationFiles(string contentRoot)
    {
        var files = new List<string>();
        files.AddRange(Directory.EnumerateFiles(contentRoot, "*.yml", SearchOption.TopDirectoryOnly));
        files.AddRange(Directory.EnumerateFiles(contentRoot, "*.yaml", SearchOption.TopDirectoryOnly));
        files.AddRange(Directory.EnumerateFiles(contentRoot, ".editorconfig", SearchOption.AllDirectories));
        for (var parent = Directory.GetParent(Path.GetFullPath(contentRoot)); parent is not null; parent = parent.Parent)
        {
            var candidate = Path.Combine(parent.FullName, ".editorconfig");
            if (File.Exists(candidate))
            {
                files.Add(candidate);
            }
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
