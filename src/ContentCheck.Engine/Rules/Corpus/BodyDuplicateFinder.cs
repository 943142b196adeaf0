using System.Threading.Tasks;
using ContentCheck.Documents;

namespace ContentCheck.Rules.Corpus;

/// <summary>
/// Finds bodies that repeat earlier ones, in time linear in the corpus: exact duplicates by a hash of the
/// normalized word sequence (then checked word by word), near duplicates by MinHash signatures and
/// locality-sensitive hashing (32 bands of 4 rows: two bodies become candidates only when a whole band agrees),
/// every candidate checked by the exact Jaccard similarity of its shingle sets. No pair of articles is compared
/// unless LSH proposes it.
/// </summary>
public sealed class BodyDuplicateFinder
{
    /// <summary>Rows per band: with 32 bands of 4, a pair at similarity 0.8 becomes a candidate with probability
    /// 1 − (1 − 0.8⁴)³² ≈ 0.99999995, at 0.6 with 0.988, at 0.3 with 0.23.</summary>
    public const int Rows = 4;

    /// <summary>Bands per signature.</summary>
    public const int Bands = MinHash.HashCount / Rows;

    /// <summary>The default smallest body, in words, that is compared at all (shorter ones are stubs, not stories).</summary>
    public const int DefaultMinimumWords = 30;

    // A bucket shared by very many bodies (a template) pairs each body with the first few only: linear, not quadratic.
    private const int MaxPartnersPerBucket = 16;

    // Signatures estimate similarity within about ±0.04 (one standard deviation at 0.8); a candidate whose
    // estimate is this far below the threshold is dropped before the exact check.
    private const double EstimateSlack = 0.15;

    private readonly int _minimumWords;

    // A summary lives exactly as long as the document it was computed from; it depends on the body's text only.
    private static readonly DocumentSlot<BodySummary> Summaries = new();

    private sealed class BodySummary(int words, ulong sequence, uint[] signature)
    {
        public int Words { get; } = words;

        public ulong Sequence { get; } = sequence;

        public uint[] Signature { get; } = signature;

        public static BodySummary Of(ReadOnlyMemory<char> body)
        {
            var signature = new uint[MinHash.HashCount];
            var (words, sequence) = MinHash.Summarize(body.Span, signature);
            return new BodySummary(words, sequence, signature);
        }
    }

    /// <summary>Creates a finder that ignores bodies of fewer than <paramref name="minimumWords"/> words.</summary>
    public BodyDuplicateFinder(int minimumWords = DefaultMinimumWords) =>
        _minimumWords = Math.Max(minimumWords, MinHash.ShingleWords);

    /// <summary>
    /// For every body that repeats an earlier one (by index), its best match: an exact duplicate of the first body
    /// with the same words, otherwise the earlier body most similar to it at or above
    /// <paramref name="thresholdOf"/>(later index). Ordered by the later index.
    /// </summary>
    public IReadOnlyList<BodyDuplicate> Find(IReadOnlyList<ReadOnlyMemory<char>> bodies, Func<int, double> thresholdOf) =>
        Find(bodies, thresholdOf, owners: null);

    /// <summary>
    /// As <see cref="Find(IReadOnlyList{ReadOnlyMemory{char}}, Func{int, double})"/>; <paramref name="owners"/> are
    /// the parsed documents the bodies come from: a body's signature is computed once per document and reused by later
    /// runs while the document lives, so a corpus where one article changed hashes one body.
    /// </summary>
    public IReadOnlyList<BodyDuplicate> Find(IReadOnlyList<ReadOnlyMemory<char>> bodies, Func<int, double> thresholdOf, IReadOnlyList<ArticleDocument>? owners)
    {
        var count = bodies.Count;
        // Each body's own array: with owners, the memoized summary's (an edit build copied all 10,000 into one flat
        // array, 5 MB, every run).
        var signatures = new uint[count][];
        var words = new int[count];
        var sequences = new ulong[count];
        Parallel.For(0, count, i =>
        {
            if (owners is null)
            {
                var signature = new uint[MinHash.HashCount];
                (words[i], sequences[i]) = MinHash.Summarize(bodies[i].Span, signature);
                signatures[i] = signature;
                return;
            }
            var body = bodies[i];
            var summary = Summaries.GetOrAdd(owners[i], _ => BodySummary.Of(body));
            signatures[i] = summary.Signature;
            (words[i], sequences[i]) = (summary.Words, summary.Sequence);
        });

        var results = new List<BodyDuplicate>();
        var representative = FindExactDuplicates(bodies, words, sequences, results);
        var nearDuplicates = FindNearDuplicates(bodies, signatures, representative, thresholdOf);
        results.AddRange(nearDuplicates);
        results.Sort((a, b) => a.Later.CompareTo(b.Later));
        return results;
    }

    // Marks each eligible body as the representative of its exact class (true) or a later copy (false);
    // bodies under the minimum are neither.
    private bool[] FindExactDuplicates(IReadOnlyList<ReadOnlyMemory<char>> bodies, int[] words, ulong[] sequences, List<BodyDuplicate> results)
    {
        var representative = new bool[bodies.Count];
        var classes = new Dictionary<(ulong, int), List<int>>();
        for (var i = 0; i < bodies.Count; i++)
        {
            if (words[i] < _minimumWords)
            {
                continue;
            }
            var key = (sequences[i], words[i]);
            if (!classes.TryGetValue(key, out var firsts))
            {
                classes.Add(key, firsts = new List<int>(1));
            }
            var first = firsts.FindIndex(f => SameWords(bodies[f].Span, bodies[i].Span));
            if (first >= 0)
            {
                results.Add(new BodyDuplicate(firsts[first], i, 1.0, IsExact: true));
            }
            else
            {
                // A different body with the same 64-bit hash (never seen in practice) starts its own class.
                firsts.Add(i);
                representative[i] = true;
            }
        }
        return representative;
    }

    private static List<BodyDuplicate> FindNearDuplicates(IReadOnlyList<ReadOnlyMemory<char>> bodies, uint[][] signatures, bool[] representative, Func<int, double> thresholdOf)
    {
        var members = Enumerable.Range(0, bodies.Count).Where(i => representative[i]).ToArray();
        var thresholds = new double[bodies.Count];
        double Threshold(int i) => thresholds[i] > 0 ? thresholds[i] : thresholds[i] = thresholdOf(i);
        ReadOnlySpan<uint> Signature(int i) => signatures[i];

        // Candidate pairs as (later << 32 | earlier), so sorting groups them by the later body.
        var candidates = new HashSet<ulong>();
        var keys = new ulong[members.Length];
        var owners = new int[members.Length];
        for (var band = 0; band < Bands; band++)
        {
            for (var m = 0; m < members.Length; m++)
            {
                keys[m] = BandKey(Signature(members[m]).Slice(band * Rows, Rows), band);
                owners[m] = members[m];
            }
            Array.Sort(keys, owners);
            for (var start = 0; start < keys.Length;)
            {
                var end = start + 1;
                while (end < keys.Length && keys[end] == keys[start])
                {
                    end++;
                }
                if (end - start > 1)
                {
                    // The sort is not stable; order each bucket by index so the pairs do not depend on it.
                    Array.Sort(owners, start, end - start);
                    for (var later = start + 1; later < end; later++)
                    {
                        var l = owners[later];
                        for (var earlier = start; earlier < later && earlier < start + MaxPartnersPerBucket; earlier++)
                        {
                            var e = owners[earlier];
                            if (MinHash.Estimate(Signature(e), Signature(l)) >= Threshold(l) - EstimateSlack)
                            {
                                candidates.Add(((ulong)(uint)l << 32) | (uint)e);
                            }
                        }
                    }
                }
                start = end;
            }
        }
        return Verify(bodies, candidates, Threshold);
    }

    private static List<BodyDuplicate> Verify(IReadOnlyList<ReadOnlyMemory<char>> bodies, HashSet<ulong> candidates, Func<int, double> threshold)
    {
        var ordered = candidates.ToArray();
        Array.Sort(ordered);
        var shingles = new Dictionary<int, ulong[]>();
        ulong[] ShinglesOf(int i) => shingles.TryGetValue(i, out var s) ? s : shingles[i] = MinHash.Shingles(bodies[i].Span);

        var results = new List<BodyDuplicate>();
        for (var k = 0; k < ordered.Length;)
        {
            var later = (int)(ordered[k] >> 32);
            BodyDuplicate? best = null;
            for (; k < ordered.Length && (int)(ordered[k] >> 32) == later; k++)
            {
                var earlier = (int)(uint)ordered[k];
                var similarity = MinHash.Jaccard(ShinglesOf(earlier), ShinglesOf(later));
                if (similarity >= threshold(later) && (best is null || similarity > best.Value.Similarity))
                {
                    best = new BodyDuplicate(earlier, later, similarity, IsExact: false);
                }
            }
            if (best is { } found)
            {
                results.Add(found);
            }
        }
        return results;
    }

    private static ulong BandKey(ReadOnlySpan<uint> rows, int band)
    {
        var hash = StableHash.Combine(StableHash.Empty, (ulong)band);
        for (var i = 0; i < rows.Length; i += 2)
        {
            var pair = i + 1 < rows.Length ? ((ulong)rows[i] << 32) | rows[i + 1] : rows[i];
            hash = StableHash.Combine(hash, pair);
        }
        return hash;
    }

    private static bool SameWords(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var left = new WordReader(a);
        var right = new WordReader(b);
        while (true)
        {
            var hasLeft = left.MoveNext();
            if (hasLeft != right.MoveNext())
            {
                return false;
            }
            if (!hasLeft)
            {
                return true;
            }
            if (left.Hash != right.Hash || !WordReader.FoldedEquals(a.Slice(left.Start, left.Length), b.Slice(right.Start, right.Length)))
            {
                return false;
            }
        }
    }
}
