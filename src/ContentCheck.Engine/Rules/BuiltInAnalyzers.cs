using ContentCheck.Analysis;
using ContentCheck.Rules.Attribution;
using ContentCheck.Rules.Corpus;
using ContentCheck.Rules.Dates;
using ContentCheck.Rules.Hygiene;
using ContentCheck.Rules.Metadata;

namespace ContentCheck.Rules;

/// <summary>The analyzers that ship with ContentCheck, one list per family so each family's file changes alone.</summary>
public static class BuiltInAnalyzers
{
    /// <summary>Every built-in analyzer, in family order.</summary>
    public static IReadOnlyList<ContentAnalyzer> All { get; } =
        MetadataAnalyzers.All
            .Concat(DateAnalyzers.All)
            .Concat(AttributionAnalyzers.All)
            .Concat(HygieneAnalyzers.All)
            .Concat(CorpusAnalyzers.All)
            .ToList();
}
