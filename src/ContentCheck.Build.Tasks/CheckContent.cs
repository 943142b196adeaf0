using System.Diagnostics;
using System.Globalization;
using ContentCheck.Analysis;
using ContentCheck.Caching;
using ContentCheck.Configuration;
using ContentCheck.Reporting;
using ContentCheck.Project;
using ContentCheck.Rules;
using Microsoft.Build.Framework;
using Task = Microsoft.Build.Utilities.Task;

namespace ContentCheck.Build;

/// <summary>
/// Validates a content repo and, when it has no errors, emits its site. Every diagnostic is logged through
/// MSBuild; a one-line summary ends the run. The task fails (and so the build) when an error was logged.
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

            var root = Path.GetFullPath(ContentRoot);
            var articlePaths = Articles
                .Select(item => item.GetMetadata("FullPath"))
                .Distinct(StringComparer.Ordinal)
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToList();
            var logger = new DiagnosticLogger(Log, DisplayPaths.Create(root, StartupDirectory));

            var fingerprint = string.IsNullOrEmpty(CacheFile) ? null : BuildFingerprints.Compute(this, root, articlePaths, now);
            if (fingerprint is not null && ResultCacheFile.TryRead(CacheFile!) is { } cached && cached.Fingerprint == fingerprint)
            {
                // Nothing changed: show every current diagnostic again (unlike C#'s skipped CoreCompile) without
                // parsing a single article, and leave the site as the previous build wrote it.
                UpToDate = true;
                Report(logger, cached.Diagnostics, cached.ArticleCount);
                Log.LogMessage(MessageImportance.High, Summary.Format(ArticleCount, ErrorCount, WarningCount, stopwatch.Elapsed) + " (up to date)");
                return !Log.HasLoggedErrors;
            }

            var project = ContentProjectLoader.Load(root);
            var inputs = articlePaths
                .Select(full => ArticleInput.FromFile(full, Path.GetRelativePath(project.RootDirectory, full).Replace(Path.DirectorySeparatorChar, '/')))
                .ToList();

            var runner = new AnalysisRunner(BuiltInAnalyzers.All);
            var result = runner.Run(project, inputs, new AnalyzerOptions(now, new EditorConfigRuleConfiguration(root)));
            if (!BaselineStep.TryApply(this, result.Diagnostics, out var diagnostics, out var baselineApplied))
            {
                return false;
            }

            // Suppressed findings stay in the SARIF log (as suppressed) but are not build output; silent ones neither.
            var reported = diagnostics
                .Where(d => !d.IsSuppressed && d.Severity != Diagnostics.DiagnosticSeverity.Hidden)
                .Select(ReportedDiagnostic.From)
                .ToList();
            Report(logger, reported, result.Articles.Count);

            if (!string.IsNullOrEmpty(ErrorLog))
            {
                SarifWriter.WriteFile(Path.GetFullPath(ErrorLog), ToolVersion, runner.Descriptors, diagnostics, root, baselineApplied);
            }

            if (GenerateSite && !Log.HasLoggedErrors && !SiteStep.TryGenerate(this, project, result.Articles, runner.Descriptors))
            {
                return false;
            }

            // Only a complete run is cached: a build that failed while writing the site must try again next time.
            if (fingerprint is not null)
            {
                ResultCacheFile.Write(CacheFile!, new ResultCacheFile.Content(fingerprint, ArticleCount, reported));
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

    /// <summary>The tool's version, as SARIF's driver reports it.</summary>
    internal static string ToolVersion { get; } =
        typeof(CheckContent).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private void Report(DiagnosticLogger logger, IReadOnlyList<ReportedDiagnostic> diagnostics, int articleCount)
    {
        foreach (var diagnostic in diagnostics)
        {
            logger.Log(diagnostic);
        }
        ArticleCount = articleCount;
        ErrorCount = diagnostics.Count(d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        WarningCount = diagnostics.Count(d => d.Severity == Diagnostics.DiagnosticSeverity.Warning);
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
