using ContentCheck.Analysis;

namespace ContentCheck.Rules.Attribution;

/// <summary>The CC3xxx analyzers.</summary>
public static class AttributionAnalyzers
{
    /// <summary>Every attribution analyzer.</summary>
    public static IReadOnlyList<ContentAnalyzer> All { get; } = new ContentAnalyzer[]
    {
        new NoBylineAnalyzer(),
        new UnattributedQuotationAnalyzer(),
        new SourceRightsAnalyzer(),
        new BodyBylineAnalyzer(),
        new NameVariantsAnalyzer(),
        new UnknownSpeakerAnalyzer(),
    };
}
