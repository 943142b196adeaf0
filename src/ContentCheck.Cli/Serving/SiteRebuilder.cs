using ContentCheck.Analysis;
using ContentCheck.Cli.Checking;
using ContentCheck.Diagnostics;
using ContentCheck.Project;
using ContentCheck.Site;

namespace ContentCheck.Cli.Serving;

/// <summary>What one validate-and-generate pass did.</summary>
/// <param name="Articles">How many articles were analyzed.</param>
/// <param name="Shown">The diagnostics a user sees (not suppressed), in the run's order.</param>
/// <param name="Errors">Errors among them; any error keeps the previous site.</param>
/// <param name="Warnings">Warnings among them.</param>
/// <param name="Site">The generated site, or null when it was not generated.</param>
/// <param name="SiteError">Why generation failed (a theme template, the output folder), or null.</param>
/// <param name="Elapsed">The whole pass.</param>
internal sealed record BuildOutcome(int Articles, IReadOnlyList<Diagnostic> Shown, int Errors, int Warnings,
    SiteResult? Site, SiteGenerationException? SiteError, TimeSpan Elapsed)
{
    /// <summary>Whether the output folder now holds this content's site.</summary>
    public bool Published => Site is not null;
}

/// <summary>Validates the repo as <c>dotnet build</c> does and, when there is no error, regenerates the site into the
/// output folder (atomically, so the previous good site stays in place otherwise).</summary>
internal sealed class SiteRebuilder
{
    private readonly ContentFolder _folder;
    private readonly string _outputDirectory;
    private readonly string _baseUrl;
    private readonly DateTimeOffset? _now;
    private readonly BuildGate _gate;

    /// <summary>Builds <paramref name="folder"/> into <paramref name="outputDirectory"/>. <paramref name="baseUrl"/> is the
    /// address the site is served at: the feed, sitemap and canonical links point there, as <c>hugo server</c> does, so
    /// every link works against the local server. <paramref name="now"/> is a pinned clock, or null for the time of
    /// each build; <paramref name="gate"/> is closed while a site is swapped in.</summary>
    public SiteRebuilder(ContentFolder folder, string outputDirectory, string baseUrl, DateTimeOffset? now, BuildGate gate)
    {
        _folder = folder;
        _outputDirectory = outputDirectory;
        _baseUrl = baseUrl;
        _now = now;
        _gate = gate;
    }

    public BuildOutcome Build(CancellationToken cancellationToken)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var project = ContentProjectLoader.Load(_folder.Root);
        var result = _folder.Analyze(_now ?? DateTimeOffset.UtcNow, project: project);
        var shown = result.Diagnostics.Where(d => !d.IsSuppressed).ToList();
        var errors = shown.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = shown.Count(d => d.Severity == DiagnosticSeverity.Warning);
        if (errors > 0)
        {
            return new BuildOutcome(result.Articles.Count, shown, errors, warnings, null, null, stopwatch.Elapsed);
        }

        try
        {
            using (_gate.Enter())
            {
                var site = SiteGenerator.Generate(project, result.Articles,
                    new SiteOptions(_outputDirectory) { Rules = _folder.Runner.Descriptors, BaseUrl = _baseUrl }, cancellationToken);
                return new BuildOutcome(result.Articles.Count, shown, errors, warnings, site, null, stopwatch.Elapsed);
            }
        }
        catch (SiteGenerationException ex)
        {
            return new BuildOutcome(result.Articles.Count, shown, errors, warnings, null, ex, stopwatch.Elapsed);
        }
    }
}
