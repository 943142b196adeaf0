using System.Globalization;
using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;

namespace ContentCheck.Rules.Corpus;

/// <summary>
/// CC5003 (an article's body repeats an earlier one word for word) and CC5004 (nearly: the share of five-word
/// runs the two have in common reaches a threshold). One analyzer, because one pass over the corpus serves
/// both and an exact duplicate must not be reported again as a near one.
/// </summary>
public sealed class DuplicateBodyAnalyzer : ContentAnalyzer
{
    /// <summary>The default CC5004 threshold: the Jaccard similarity of the two bodies' five-word shingle sets.</summary>
    public const double DefaultThreshold = 0.8;

    /// <summary>The smallest threshold <c>contentcheck.CC5004.threshold</c> accepts: below it, LSH's 32 bands of 4
    /// would miss too many pairs (at 0.5 one in eight).</summary>
    public const double MinimumThreshold = 0.5;

    /// <summary>CC5003.</summary>
    public static DiagnosticDescriptor ExactRule { get; } = new(
        RuleIds.DuplicateBody,
        "Article body duplicates another article",
        "This article's body has the same words as the body of {0}; the same story is archived twice: delete one copy",
        RuleCategory.Corpus,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Two articles whose bodies have the same words in the same order (ignoring case, line breaks and Markdown punctuation) are one story archived twice.");

    /// <summary>CC5004.</summary>
    public static DiagnosticDescriptor NearRule { get; } = new(
        RuleIds.NearDuplicateBody,
        "Article body nearly duplicates another article",
        "This article's body is {1}% the same as the body of {0} (five-word runs in common); if it is the same story, keep one copy, or give the later version as 'updated' of the first",
        RuleCategory.Corpus,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Two articles whose bodies share most of their five-word runs are usually one story archived twice (a wire story picked up by two outlets, a corrected version, a scrape of the same page).");

    private readonly BodyDuplicateFinder _finder = new();

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { ExactRule, NearRule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterCorpusAction(context =>
    {
        var articles = context.Articles.Where(a => a.Document.HasBody).ToList();
        var bodies = articles.Select(a => a.Document.Text.Text.AsMemory(a.Document.BodySpan.Start, a.Document.BodySpan.Length)).ToList();
        foreach (var duplicate in _finder.Find(bodies, i => Threshold(context, articles[i].Path), articles.Select(a => a.Document).ToList()))
        {
            var later = articles[duplicate.Later];
            var earlier = articles[duplicate.Earlier];
            if (duplicate.IsExact)
            {
                context.Report(ExactRule, later.Path, later.Document.Text, CorpusSpans.FirstParagraph(later), earlier.Path);
            }
            else
            {
                // Rounded down, so a pair just under 80% never reads "80%".
                var percent = ((int)Math.Floor(duplicate.Similarity * 100)).ToString(CultureInfo.InvariantCulture);
                context.Report(NearRule, later.Path, later.Document.Text, CorpusSpans.FirstParagraph(later), earlier.Path, percent);
            }
        }
    });

    /// <summary><c>contentcheck.CC5004.threshold</c> for an article: a number from 0.5 to 1 (or a percentage
    /// such as <c>85%</c>); anything else keeps the default.</summary>
    internal static double Threshold(CorpusContext context, string path) =>
        ParseThreshold(context.Options.Configuration.GetOption(RuleIds.NearDuplicateBody, "threshold", path));

    internal static double ParseThreshold(string? text)
    {
        if (text is null)
        {
            return DefaultThreshold;
        }
        var value = text.Trim();
        var percent = value.EndsWith("%", StringComparison.Ordinal);
        if (percent)
        {
            value = value.Substring(0, value.Length - 1);
        }
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return DefaultThreshold;
        }
        number = percent ? number / 100 : number;
        return number is >= MinimumThreshold and <= 1 ? number : DefaultThreshold;
    }
}
