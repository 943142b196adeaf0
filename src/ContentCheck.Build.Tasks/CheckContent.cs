using System.Diagnostics;
using System.Globalization;
using ContentCheck.Build.Protocol;
using ContentCheck.Build.Server;
using ContentCheck.Caching;
using Microsoft.Build.Framework;
using Task = Microsoft.Build.Utilities.Task;

namespace ContentCheck.Build;

/// <summary>
/// Validates a content repo and, when it has no errors, emits its site. Every diagnostic is logged through
/// MSBuild; a one-line summary ends the run. The task fails (and so the build) when an error was logged.
/// The work runs in the ContentCheck build server when it can (a warm process that re-analyzes only changed
/// articles), else in this process; the output is the same either way.
/// </summary>
public sealed class CheckContent : Task
{
    /// <summary>The content repo's root (the folder with site.yml, the registries and articles/).</summary>
    [Required]
    public string ContentRoot { get; set; } = string.Empty;

    /// <summary>The article files (item <c>ContentArticle</c>, default <c>articles/**/*.md</c>).</summary>
    public ITaskItem[] Articles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The folder <c>dotnet build</c> was started from; diagnostics show paths relative to it.</summary>
    public string? StartupDirectory { get; set; }

    /// <summary>Pins the clock (ISO 8601), so "published in the future" gives the same answer on every machine.</summary>
    public string? Now { get; set; }

    /// <summary>Whether to emit the site after a clean validation.</summary>
    public bool GenerateSite { get; set; }

    /// <summary>Where the site goes.</summary>
    public string? SiteOutputPath { get; set; }

    /// <summary>Overrides <c>base_url</c> of site.yml.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Where to write a SARIF 2.1.0 log (Roslyn's <c>ErrorLog</c> analogue); empty: none.</summary>
    public string? ErrorLog { get; set; }

    /// <summary>A baseline file: findings recorded in it are reported as messages, new ones as usual.</summary>
    public string? Baseline { get; set; }

    /// <summary>Write the current findings to <see cref="Baseline"/> instead of failing on them.</summary>
    public bool UpdateBaseline { get; set; }

    /// <summary>The build cache (in obj/): when nothing changed since the run that wrote it, its diagnostics are
    /// replayed instead of analyzing again. Empty: always analyze.</summary>
    public string? CacheFile { get; set; }

    /// <summary>Whether to run the build in the ContentCheck build server (default true), as
    /// <c>UseSharedCompilation</c> does for the C# compiler.</summary>
    public bool UseServer { get; set; } = true;

    /// <summary>How long a build server started by this build stays up without a build, in seconds (default 600).</summary>
    public int ServerIdleTimeout { get; set; } = 600;

    /// <summary>Whether this run replayed the cache instead of analyzing.</summary>
    [Output]
    public bool UpToDate { get; private set; }

    /// <summary>The number of articles analyzed.</summary>
    [Output]
    public int ArticleCount { get; private set; }

    /// <summary>The number of errors reported.</summary>
    [Output]
    public int ErrorCount { get; private set; }

    /// <summary>The number of warnings reported.</summary>
    [Output]
    public int WarningCount { get; private set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            if (!TryGetNow(out var now))
            {
                return false;
            }
            if (!Directory.Exists(ContentRoot))
            {
                Log.LogError(null, BuildErrorCodes.ContentRootMissing, null, null, 0, 0, 0, 0,
                    "The content folder '{0}' does not exist. Set ContentRoot to the folder that holds articles/ (e.g. -p:ContentRoot=path/to/content).", ContentRoot);
                return false;
            }

            var request = CreateRequest(now);
            string? fingerprint = null;
            if (!string.IsNullOrEmpty(CacheFile))
            {
                // The stamps and the analysis fingerprint go to the build too: it need not read them again.
                var stamps = ArticleStamps.Read(request.Articles);
                var analysis = BuildFingerprints.Analysis(request);
                fingerprint = BuildFingerprints.Build(request, analysis, stamps);
                request = request with
                {
                    Fingerprint = fingerprint,
                    AnalysisFingerprint = analysis,
                    ArticleLengths = stamps.Lengths,
                    ArticleTimes = stamps.Ticks,
                };
            }
            if (fingerprint is not null)
            {
                var replayLog = new BuildLog(DisplayPaths.Create(request.ContentRoot, request.StartupDirectory));
                if (ContentBuild.TryReplay(request, fingerprint, replayLog) is { } replayed)
                {
                    UpToDate = true;
                    Replay(replayLog.Events);
                    Count(replayed);
                    Log.LogMessage(MessageImportance.High, Summary.Format(ArticleCount, ErrorCount, WarningCount, stopwatch.Elapsed) + " (up to date)");
                    return !Log.HasLoggedErrors;
                }
            }

            var completed = UseServer && TryRunInServer(request, out var ran) ? ran : RunHere(request);
            if (!completed)
            {
                return false;
            }
            Log.LogMessage(MessageImportance.High, Summary.Format(ArticleCount, ErrorCount, WarningCount, stopwatch.Elapsed));
            return !Log.HasLoggedErrors;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A defect in ContentCheck, not in the content: one clear line, the stack trace only at -v:diag.
            Log.LogError(null, BuildErrorCodes.InternalError, null, null, 0, 0, 0, 0,
                "ContentCheck failed unexpectedly ({0}: {1}). This is a bug in ContentCheck; please report it with the command you ran.",
                ex.GetType().Name, ex.Message);
            Log.LogMessage(MessageImportance.Low, ex.ToString());
            return false;
        }
    }

    /// <summary>The build in the server. Returns false (having logged nothing but a detail) when the server cannot be
    /// used, so the caller builds here instead; <paramref name="completed"/> is false when the build stopped early.</summary>
    private bool TryRunInServer(BuildRequest request, out bool completed)
    {
        completed = false;
        using var client = BuildServerClient.TryConnect(TimeSpan.FromSeconds(Math.Max(1, ServerIdleTimeout)), TimeSpan.FromSeconds(10), out var failure);
        if (client is null)
        {
            Log.LogMessage(MessageImportance.Low, "ContentCheck: {0}; building in this process.", failure);
            return false;
        }
        AnalyzeResponse analysis;
        try
        {
            analysis = client.Analyze(request);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException or UnauthorizedAccessException)
        {
            Log.LogMessage(MessageImportance.Low, "ContentCheck: the build server failed ({0}); building in this process.", ex.Message);
            return false;
        }
        // From here on the events are logged: a failure must not build again (it would log everything twice).
        Replay(analysis.Events);
        Count(analysis.Counts);
        if (analysis.Counts.Stopped)
        {
            try
            {
                client.Complete(generateSite: false);
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
            {
                // Nothing was left to do there; the errors that stopped the build are logged.
            }
            return true;
        }
        Log.LogMessage(MessageImportance.Normal, "ContentCheck: built by the build server; {0:N0} of {1:N0} articles analyzed, the others unchanged since its last build.",
            analysis.Counts.Analyzed, analysis.Counts.Articles);
        try
        {
            var completion = client.Complete(GenerateSite && !Log.HasLoggedErrors);
            Replay(completion.Events);
            completed = completion.Succeeded;
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The findings are logged already: building again here would log them twice.
            Log.LogError(null, BuildErrorCodes.InternalError, null, null, 0, 0, 0, 0,
                "The ContentCheck build server stopped before the site was written ({0}); build again, or set ContentCheckUseServer=false.", ex.Message);
        }
        return true;
    }

    /// <summary>The build in this process. Returns false when it stopped early or the site failed.</summary>
    private bool RunHere(BuildRequest request)
    {
        var build = new ContentBuild(request);
        var counts = build.Analyze();
        Replay(build.Log.Drain());
        Count(counts);
        if (counts.Stopped)
        {
            return false;
        }
        var completed = build.Complete(GenerateSite && !Log.HasLoggedErrors);
        Replay(build.Log.Drain());
        return completed;
    }

    private BuildRequest CreateRequest(DateTimeOffset now) => new()
    {
        ContentRoot = Path.GetFullPath(ContentRoot),
        Articles = ArticlePaths(),
        StartupDirectory = StartupDirectory,
        PinnedNow = string.IsNullOrWhiteSpace(Now) ? null : Now,
        Now = now,
        GenerateSite = GenerateSite,
        SiteOutputPath = string.IsNullOrEmpty(SiteOutputPath) ? null : Path.GetFullPath(SiteOutputPath),
        BaseUrl = BaseUrl,
        ErrorLog = string.IsNullOrEmpty(ErrorLog) ? null : Path.GetFullPath(ErrorLog),
        Baseline = string.IsNullOrEmpty(Baseline) ? null : Path.GetFullPath(Baseline),
        UpdateBaseline = UpdateBaseline,
        CacheFile = string.IsNullOrEmpty(CacheFile) ? null : Path.GetFullPath(CacheFile),
    };

    /// <summary>The articles' full paths, sorted and without repeats. A rooted item (the default articles are listed as
    /// full paths) is only normalized: MSBuild's FullPath metadata would combine, escape and unescape each of 10,000
    /// paths on every build, a tenth of a no-op task's time.</summary>
    private List<string> ArticlePaths()
    {
        var paths = new string[Articles.Length];
        for (var i = 0; i < paths.Length; i++)
        {
            var spec = Articles[i].ItemSpec;
            paths[i] = Path.IsPathFullyQualified(spec) ? Path.GetFullPath(spec) : Articles[i].GetMetadata("FullPath");
        }
        Array.Sort(paths, StringComparer.Ordinal);
        var distinct = new List<string>(paths.Length);
        foreach (var path in paths)
        {
            if (distinct.Count == 0 || !string.Equals(distinct[^1], path, StringComparison.Ordinal))
            {
                distinct.Add(path);
            }
        }
        return distinct;
    }

    /// <summary>Hands build events to MSBuild's logger as they are: the message is already formatted.</summary>
    private void Replay(IEnumerable<BuildEvent> events)
    {
        foreach (var e in events)
        {
            switch (e.Kind)
            {
                case BuildEventKind.Error:
                    Log.LogError(null, e.Code, null, e.HelpLink, e.File, e.Line, e.Column, e.EndLine, e.EndColumn, e.Message);
                    break;
                case BuildEventKind.Warning:
                    Log.LogWarning(null, e.Code, null, e.HelpLink, e.File, e.Line, e.Column, e.EndLine, e.EndColumn, e.Message);
                    break;
                default:
                    var importance = e.Importance switch
                    {
                        BuildMessageImportance.High => MessageImportance.High,
                        BuildMessageImportance.Normal => MessageImportance.Normal,
                        _ => MessageImportance.Low,
                    };
                    if (e.Code is null && e.File is null)
                    {
                        Log.LogMessage(importance, e.Message);
                    }
                    else
                    {
                        Log.LogMessage(null, e.Code, null, e.File, e.Line, e.Column, e.EndLine, e.EndColumn, importance, e.Message);
                    }
                    break;
            }
        }
    }

    private void Count(BuildCounts counts)
    {
        ArticleCount = counts.Articles;
        ErrorCount = counts.Errors;
        WarningCount = counts.Warnings;
    }

    private bool TryGetNow(out DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(Now))
        {
            now = DateTimeOffset.UtcNow;
            return true;
        }
        if (DateTimeOffset.TryParse(Now, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out now))
        {
            return true;
        }
        Log.LogError(null, BuildErrorCodes.InvalidNow, null, null, 0, 0, 0, 0,
            "ContentCheckNow '{0}' is not a date-time. Use ISO 8601, e.g. -p:ContentCheckNow=2026-01-01T00:00:00Z.", Now);
        return false;
    }
}
