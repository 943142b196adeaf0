using ContentCheck.Diagnostics;

namespace ContentCheck.Baseline;

/// <summary>What applying a baseline did.</summary>
/// <param name="Diagnostics">Every diagnostic, in the order given: new findings unchanged, known ones demoted to
/// <see cref="DiagnosticSeverity.Info"/> and marked <see cref="Diagnostic.IsBaselined"/>.</param>
/// <param name="Removable">Baseline entries that no current finding matches: fixed, so the baseline can drop them.</param>
public sealed record BaselineResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<BaselineEntry> Removable)
{
    /// <summary>How many diagnostics the baseline matched.</summary>
    public int BaselinedCount => Diagnostics.Count(d => d.IsBaselined);
}
