using System.Globalization;
using ContentCheck.Analysis;
using ContentCheck.Documents;

namespace ContentCheck.Rules.Attribution;

/// <summary>
/// Finds every direct quotation of an article and classifies it (<see cref="QuotationKind"/>): short, or
/// attributed to the speaker found in the quotation's own sentence — a multi-paragraph quotation's opening and
/// closing sentences, and a paragraph ending with a colon that introduces it — or in the sentence after it in
/// the same paragraph. Computed once per document and shared by CC3002 and CC3006.
/// </summary>
internal static class QuotationAnalysis
{
    /// <summary>The default of <c>contentcheck.CC3002.min_words</c>.</summary>
    public const int DefaultMinWords = 5;

    private static readonly object SharedKey = new();

    /// <summary>The quotations of the context's article under the CC3002 options for its path, computed once per
    /// article of a run.</summary>
    public static IReadOnlyList<Quotation> Of(ArticleContext context) =>
        context.Shared(SharedKey, static c => Analyze(ProseBlock.Of(c), MinWords(c.Options.Configuration, c.Document.Path),
            SpeechVerbs.With(c.Options.Configuration.GetOption(RuleIds.UnattributedQuotation, "speech_verbs", c.Document.Path))));

    /// <summary><c>contentcheck.CC3002.min_words</c> for a file, or the default when unset or not a positive number.</summary>
    public static int MinWords(IRuleConfiguration configuration, string path) =>
        int.TryParse(configuration.GetOption(RuleIds.UnattributedQuotation, "min_words", path), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : DefaultMinWords;

    /// <summary>Finds and classifies the quotations of a document.</summary>
    public static IReadOnlyList<Quotation> Analyze(ArticleDocument document, int minWords, SpeechVerbs verbs) =>
        Analyze(ProseBlock.Read(document), minWords, verbs);

    private static IReadOnlyList<Quotation> Analyze(IReadOnlyList<ProseBlock> blocks, int minWords, SpeechVerbs verbs)
    {
        var (quotations, ranges) = QuotationScanner.Scan(blocks);
        var sentences = new List<(int Start, int End)>?[blocks.Count];
        List<(int Start, int End)> SentencesOf(int b) => sentences[b] ??= SentenceSplitter.Split(blocks[b].Text, ranges[b]);

        foreach (var quotation in quotations)
        {
            if (quotation.WordCount < minWords)
            {
                quotation.Kind = QuotationKind.Short;
                continue;
            }
            Speaker? speaker = null;
            foreach (var (b, start, end, anchorStart, anchorEnd) in Regions(quotation, blocks, SentencesOf))
            {
                speaker = AttributionFinder.Find(blocks[b], start, end, ranges[b], verbs, anchorStart, anchorEnd);
                if (speaker is not null)
                {
                    break;
                }
            }
            quotation.Speaker = speaker;
            quotation.Kind = speaker is null ? QuotationKind.Unattributed : QuotationKind.Attributed;
        }
        return quotations;
    }

    /// <summary>Where a quotation's speaker may be, nearest first.</summary>
    private static IEnumerable<(int Block, int Start, int End, int AnchorStart, int AnchorEnd)> Regions(Quotation q, IReadOnlyList<ProseBlock> blocks,
        Func<int, List<(int Start, int End)>> sentencesOf)
    {
        var first = sentencesOf(q.FirstBlock);
        var s0 = SentenceSplitter.IndexOf(first, q.Open);
        var last = sentencesOf(q.LastBlock);
        var s1 = SentenceSplitter.IndexOf(last, Math.Max(q.End - 1, 0));
        if (q.FirstBlock == q.LastBlock)
        {
            yield return (q.FirstBlock, first[s0].Start, last[s1].End, q.Open, q.End);
        }
        else
        {
            yield return (q.FirstBlock, first[s0].Start, first[s0].End, q.Open, first[s0].End);
            yield return (q.LastBlock, last[s1].Start, last[s1].End, 0, q.End);
        }

        // 'Lavrov told reporters:' as a paragraph of its own introduces the quotation that follows.
        if (s0 == 0 && q.FirstBlock > 0 && !blocks[q.FirstBlock - 1].IsHeading
            && blocks[q.FirstBlock - 1].Text.TrimEnd().EndsWith(":", StringComparison.Ordinal))
        {
            var previous = sentencesOf(q.FirstBlock - 1);
            if (previous.Count > 0)
            {
                yield return (q.FirstBlock - 1, previous[previous.Count - 1].Start, previous[previous.Count - 1].End, -1, -1);
            }
        }

        if (s1 + 1 < last.Count)
        {
            yield return (q.LastBlock, last[s1 + 1].Start, last[s1 + 1].End, -1, -1);
        }
    }
}
