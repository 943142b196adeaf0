using ContentCheck.Analysis;

namespace ContentCheck.Rules.Metadata;

/// <summary>The CC1xxx analyzers.</summary>
public static class MetadataAnalyzers
{
    /// <summary>Every metadata analyzer.</summary>
    public static IReadOnlyList<ContentAnalyzer> All { get; } = new ContentAnalyzer[]
    {
        new MissingFrontMatterAnalyzer(),
    };
}
