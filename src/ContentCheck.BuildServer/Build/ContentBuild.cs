using ContentCheck.Analysis;
using ContentCheck.Build.Protocol;
using ContentCheck.Caching;
using ContentCheck.Configuration;
using ContentCheck.Diagnostics;
using ContentCheck.Project;
using ContentCheck.Reporting;
using ContentCheck.Rules;

namespace ContentCheck.Build;

/// <summary>
/// One build of a content project, in two halves: <see cref="Analyze"/> validates every article, applies the
/// baseline and writes the SARIF log; <see cref="Complete"/> then emits the site (when the caller, who alone knows
/// whether MSBuild turned a warning into an error, asks for it) and writes the build cache. Output goes to a
/// <see cref="BuildLog"/>. The same class runs in the MSBuild task's process and in the build server; with a
/// <see cref="Workspace"/> it reuses what the previous build of the same content root learned.
/// </summary>
public sealed class ContentBuild
{
    private readonly BuildRequest _request;
    private readonly Workspace _workspace;
    private ContentProject? _project;
    private AnalysisResult? _result;
    private IReadOnlyList<DiagnosticDescriptor> _rules = Array.Empty<DiagnosticDescriptor>();
    private List<ReportedDiagnostic>? _reported;

    /// <param name="request">The build.</param>
    /// <param name="workspace">What earlier builds of this content root left (the server's); a new one otherwise.</param>
    public ContentBuild(BuildRequest request, Workspace? workspace = null)
    {
        _request = request;
        _workspace = workspace ?? new Workspace();
        Log = new BuildLog(DisplayPaths.Create(request.ContentRoot, request.StartupDirectory));
    }

    /// <summary>What the build logged.</summary>
    public BuildLog Log { get; }

    /// <summary>Replays the build cache when its fingerprint is <paramref name="fingerprint"/> (nothing changed since
    /// the build that wrote it): every diagnostic is logged again, unlike C#'s skipped CoreCompile, without parsing a
    /// single article, and the site stays as that build wrote it. Returns null when the cache does not apply.</summary>
    public static BuildCounts? TryReplay(BuildRequest request, string fingerprint, BuildLog log)
    {
        if (string.IsNullOrEmpty(request.CacheFile) || ResultCacheFile.TryRead(request.CacheFile!) is not { } cached || cached.Fingerprint != fingerprint)
        {
            return null;
        }
        // "Published in the future" against the real clock goes stale as the day goes on: analyze again (the server
        // re-checks the dates of every article, reused or not).
        if (string.IsNullOrWhiteSpace(request.PinnedNow) && cached.Diagnostics.Any(d => d.Id == RuleIds.PublishedInFuture))
        {
            return null;
        }
        foreach (var diagnostic in cached.Diagnostics)
        {
            log.Diagnostic(diagnostic);
        }
        return Count(cached.ArticleCount, cached.Diagnostics, analyzed: 0);
    }

    /// <summary>Validates the articles, applies the baseline, writes the SARIF log, and logs every diagnostic.</summary>
    public BuildCounts Analyze()
    {
        var root = _request.ContentRoot;
        var project = _project = ContentProjectLoader.Load(root);
        var inputs = Inputs(project.RootDirectory);

        var runner = BuiltInRunner;
        var analysisKey = _request.AnalysisFingerprint ?? BuildFingerprints.Analysis(_request);
        var cache = _workspace.ArticlesFor(analysisKey);
        var result = _result = runner.Run(project, inputs, new AnalyzerOptions(_request.Now, _workspace.RuleConfigurationFor(analysisKey, root)), cache);
        _rules = runner.Descriptors;
        Log.Message(BuildMessageImportance.Low, "ContentCheck: analysis took {0:0.000} s ({1:N0} of {2:N0} articles parsed and analyzed).",
            result.Elapsed.TotalSeconds, cache.LastAnalyzed, result.Articles.Count);
        if (!BaselineStep.TryApply(_request, Log, result.Diagnostics, out var diagnostics, out var baselineApplied))
        {
            return Count(result.Articles.Count, Array.Empty<ReportedDiagnostic>(), cache.LastAnalyzed) with { Stopped = true };
        }

        // Suppressed findings stay in the SARIF log (as suppressed) but are not build output; silent ones neither.
        _reported = diagnostics
            .Where(d => !d.IsSuppressed && d.Severity != DiagnosticSeverity.Hidden)
            .Select(ReportedDiagnostic.From)
            .ToList();
        foreach (var diagnostic in _reported)
        {
            Log.Diagnostic(diagnostic);
        }
        if (!string.IsNullOrEmpty(_request.ErrorLog))
        {
            SarifWriter.WriteFile(Path.GetFullPath(_request.ErrorLog), ToolVersion, _rules, diagnostics, root, baselineApplied);
        }
        return Count(result.Articles.Count, _reported, cache.LastAnalyzed);
    }

    /// <summary>The articles to analyze, with the stamps the task read when it sent them (a missing file is read
    /// again, and reported).</summary>
    private List<ArticleInput> Inputs(string root)
    {
        var articles = _request.Articles;
        var lengths = _request.ArticleLengths is { } l && l.Count == articles.Count ? l : null;
        var times = _request.ArticleTimes is { } t && t.Count == articles.Count ? t : null;
        var inputs = new List<ArticleInput>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var full = articles[i];
            var path = Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
            inputs.Add(lengths is not null && times is not null && lengths[i] >= 0
                ? ArticleInput.FromFile(full, path, lengths[i], times[i])
                : ArticleInput.FromFile(full, path));
        }
        return inputs;
    }

    /// <summary>Emits the site when <paramref name="generateSite"/> and writes the build cache. Returns false when the
    /// site could not be written (an error says why); then nothing is cached, so the next build tries again.</summary>
    public bool Complete(bool generateSite)
    {
        if (_result is null || _project is null || _reported is null)
        {
            // Analyze failed before it had findings (a baseline error): nothing to publish or cache.
            return !Log.HasErrors;
        }
        if (generateSite && !SiteStep.TryGenerate(_request, Log, _project, _result.Articles, _rules, _workspace.Pages))
        {
            return false;
        }
        if (!string.IsNullOrEmpty(_request.CacheFile) && _request.Fingerprint is { } fingerprint)
        {
            ResultCacheFile.Write(_request.CacheFile!, new ResultCacheFile.Content(fingerprint, _result.Articles.Count, _reported));
        }
        return true;
    }

    /// <summary>The tool's version, as SARIF's driver reports it.</summary>
    public static string ToolVersion { get; } =
        typeof(ContentBuild).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    // One runner for the process: its analyzers (and what they precompute) serve every build the server runs.
    private static AnalysisRunner BuiltInRunner => Runner.Value;

    private static readonly Lazy<AnalysisRunner> Runner = new(() => new AnalysisRunner(BuiltInAnalyzers.All));

    private static BuildCounts Count(int articles, IReadOnlyList<ReportedDiagnostic> diagnostics, int analyzed) => new()
    {
        Articles = articles,
        Errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
        Warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
        Analyzed = analyzed,
    };
}
