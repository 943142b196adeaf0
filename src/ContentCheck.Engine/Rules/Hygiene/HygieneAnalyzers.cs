using ContentCheck.Analysis;

namespace ContentCheck.Rules.Hygiene;

/// <summary>The CC4xxx analyzers.</summary>
public static class HygieneAnalyzers
{
    /// <summary>Every hygiene analyzer.</summary>
    public static IReadOnlyList<ContentAnalyzer> All { get; } = new ContentAnalyzer[]
    {
        new ScrapingLeftoverAnalyzer(),
        new RawHtmlAnalyzer(),
        new MojibakeAnalyzer(),
        new NotNormalizedAnalyzer(),
        new ControlCharacterAnalyzer(),
        new EmptySectionAnalyzer(),
        new BrokenArticleLinkAnalyzer(),
    };
}
