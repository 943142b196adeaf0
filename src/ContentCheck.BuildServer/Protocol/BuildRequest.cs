namespace ContentCheck.Build.Protocol;

/// <summary>Everything one build of a content project asks for: the task's inputs, resolved to full paths. The same
/// request drives a build in the task's own process and one in the build server.</summary>
public sealed record BuildRequest
{
    /// <summary>The content repo's root, a full path.</summary>
    public string ContentRoot { get; init; } = string.Empty;

    /// <summary>The article files, full paths, distinct, in ordinal order.</summary>
    public IReadOnlyList<string> Articles { get; init; } = Array.Empty<string>();

    /// <summary>Each article's length in bytes as the task read it before the build (-1: missing), parallel to
    /// <see cref="Articles"/>; null to read them again.</summary>
    public IReadOnlyList<long>? ArticleLengths { get; init; }

    /// <summary>Each article's last write time (UTC ticks) as the task read it (-1: missing), parallel to
    /// <see cref="Articles"/>; null to read them again.</summary>
    public IReadOnlyList<long>? ArticleTimes { get; init; }

    /// <summary>The folder the build was started from; diagnostics show paths relative to it.</summary>
    public string? StartupDirectory { get; init; }

    /// <summary>The clock as the user pinned it (ISO 8601), or null for the real one.</summary>
    public string? PinnedNow { get; init; }

    /// <summary>The clock the run uses (the pinned one, or the task's start time).</summary>
    public DateTimeOffset Now { get; init; }

    /// <summary>Whether to emit the site after a clean validation.</summary>
    public bool GenerateSite { get; init; }

    /// <summary>Where the site goes (full path), or null.</summary>
    public string? SiteOutputPath { get; init; }

    /// <summary>Overrides <c>base_url</c> of site.yml.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Where to write a SARIF log (full path), or null.</summary>
    public string? ErrorLog { get; init; }

    /// <summary>The baseline file (full path), or null.</summary>
    public string? Baseline { get; init; }

    /// <summary>Write the current findings to <see cref="Baseline"/>.</summary>
    public bool UpdateBaseline { get; init; }

    /// <summary>The build cache in obj/ (full path), or null for none.</summary>
    public string? CacheFile { get; init; }

    /// <summary>The fingerprint the build cache is written with (computed by the task before the run), or null.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>The fingerprint of what the articles' findings depend on besides their text (see
    /// <see cref="ContentCheck.Build.BuildFingerprints.Analysis"/>), computed by the task with <see cref="Fingerprint"/>; null to compute
    /// it again. The server trusts it: client and server are the same build (see <c>ServerIdentity</c>).</summary>
    public string? AnalysisFingerprint { get; init; }
}
