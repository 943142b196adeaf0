using ContentCheck.Rules.Corpus;

namespace ContentCheck.Engine.Tests.Rules.Corpus;

public class MinHashTests
{
    [Fact]
    public void Agreeing_bins_estimate_the_jaccard_similarity_of_the_shingle_sets()
    {
        // Pairs of random 400-word bodies sharing a known run of words: the estimate must follow the exact similarity
        // (its standard deviation at 128 bins is about 0.04; the bound allows four of them).
        var random = new Random(11);
        foreach (var shared in new[] { 0, 100, 200, 300, 360, 400 })
        {
            var common = RandomWords(random, shared);
            var a = string.Join(' ', common.Concat(RandomWords(random, 400 - shared)));
            var b = string.Join(' ', common.Concat(RandomWords(random, 400 - shared)));
            var exact = MinHash.Jaccard(MinHash.Shingles(a.AsSpan()), MinHash.Shingles(b.AsSpan()));
            var estimate = MinHash.Estimate(Signature(a), Signature(b));
            Assert.InRange(estimate, exact - 0.16, exact + 0.16);
        }
    }

    [Fact]
    public void Every_bin_of_a_short_body_is_filled_the_same_way_for_the_same_text()
    {
        // Eight shingles for 128 bins: densification fills the other bins from the filled ones, reproducibly, so two
        // copies of a short body agree everywhere and a different short body agrees almost nowhere.
        const string body = "one two three four five six seven eight nine ten eleven twelve";
        var first = Signature(body);
        Assert.DoesNotContain(uint.MaxValue, first);
        Assert.Equal(first, Signature(body));
        Assert.InRange(MinHash.Estimate(first, Signature("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu")), 0, 0.1);
    }

    [Fact]
    public void A_body_without_a_shingle_has_an_empty_signature()
    {
        var signature = new uint[MinHash.HashCount];
        var (words, _) = MinHash.Summarize("too short".AsSpan(), signature);
        Assert.Equal(2, words);
        Assert.All(signature, value => Assert.Equal(uint.MaxValue, value));
    }

    private static uint[] Signature(string body)
    {
        var signature = new uint[MinHash.HashCount];
        MinHash.Summarize(body.AsSpan(), signature);
        return signature;
    }

    private static List<string> RandomWords(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => "w" + random.Next(1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
}
