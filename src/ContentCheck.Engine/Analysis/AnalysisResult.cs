using ContentCheck.Diagnostics;
using ContentCheck.Metadata;

namespace ContentCheck.Analysis;

/// <summary>What a run produced: the articles (ordered by path) and the diagnostics (deterministic order).</summary>
public sealed class AnalysisResult
{
    internal AnalysisResult(IReadOnlyList<Article> articles, IReadOnlyList<Diagnostic> diagnostics, TimeSpan elapsed)
    {
        Articles = articles;
        Diagnostics = diagnostics;
        Elapsed = elapsed;
    }

    /// <summary>Every article, ordered by path (ordinal).</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Every diagnostic at its effective severity, sorted by <see cref="DiagnosticComparer"/>; suppressed ones
    /// are included and marked (<see cref="Diagnostic.IsSuppressed"/>): show and count only the others.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>How long the analysis took.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The number of errors (suppressed ones are kept in <see cref="Diagnostics"/> but not counted).</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed);

    /// <summary>The number of warnings (suppressed ones are not counted).</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning && !d.IsSuppressed);
}
