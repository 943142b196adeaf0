using ContentCheck.Diagnostics;

namespace ContentCheck.Analysis;

/// <summary>
/// A rule (or a few closely related rules), as Roslyn's <c>DiagnosticAnalyzer</c>: it declares the descriptors
/// it may report and, in <see cref="Initialize"/>, registers actions for what it needs. Analyzers hold no
/// per-article state: article actions run in parallel.
/// </summary>
public abstract class ContentAnalyzer
{
    /// <summary>Every descriptor this analyzer can report.</summary>
    public abstract IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Registers the analyzer's actions; called once per run.</summary>
    public abstract void Initialize(AnalyzerRegistration registration);
}
