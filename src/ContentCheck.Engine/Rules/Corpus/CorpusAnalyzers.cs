using ContentCheck.Analysis;

namespace ContentCheck.Rules.Corpus;

/// <summary>The CC5xxx analyzers: rules over the whole corpus, run once after every article was read.</summary>
public static class CorpusAnalyzers
{
    /// <summary>Every corpus analyzer.</summary>
    public static IReadOnlyList<ContentAnalyzer> All { get; } = new ContentAnalyzer[]
    {
        new DuplicateUrlAnalyzer(),
        new DuplicateSlugAnalyzer(),
        new DuplicateBodyAnalyzer(),
        new UnusedRegistryEntryAnalyzer(),
        new DuplicateRegistryIdAnalyzer(),
    };
}
