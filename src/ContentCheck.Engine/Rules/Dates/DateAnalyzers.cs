using ContentCheck.Analysis;

namespace ContentCheck.Rules.Dates;

/// <summary>The CC2xxx analyzers.</summary>
public static class DateAnalyzers
{
    /// <summary>Every date analyzer.</summary>
    public static IReadOnlyList<ContentAnalyzer> All { get; } = new ContentAnalyzer[]
    {
        new UnparseableDateAnalyzer(),
        new DateTimeWithoutOffsetAnalyzer(),
        new PublishedInFutureAnalyzer(),
        new UpdatedBeforePublishedAnalyzer(),
        new FolderDateMismatchAnalyzer(),
        new WeekdayMismatchAnalyzer(),
        new PublishedBeforeFoundedAnalyzer(),
    };
}
