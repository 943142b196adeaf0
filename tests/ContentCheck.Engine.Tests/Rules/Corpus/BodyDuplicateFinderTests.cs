using ContentCheck.Rules.Corpus;

namespace ContentCheck.Engine.Tests.Rules.Corpus;

public sealed class BodyDuplicateFinderTests
{
    [Fact]
    public void Hashes_are_fixed_values_not_per_process_ones()
    {
        // FNV-1a 64 of "a" is 0xAF63DC4C8601EC8C; a word is hashed case-folded, so "A" gives the same. If someone
        // swaps in string.GetHashCode (randomized per process), this and CI-versus-laptop results break.
        var reader = new WordReader("A".AsSpan());
        Assert.True(reader.MoveNext());
        Assert.Equal(0xAF63DC4C8601EC8CUL, reader.Hash);

        var signature = new uint[MinHash.HashCount];
        var (words, sequence) = MinHash.Summarize("It is not unusual for senior diplomats to disagree.".AsSpan(), signature);
        Assert.Equal(9, words);
        Assert.Equal(MinHash.Summarize("it IS not *unusual* for senior\ndiplomats to disagree".AsSpan(), new uint[MinHash.HashCount]).SequenceHash, sequence);
        Assert.Equal("0x047ED148 0x262BD240", $"0x{signature[0]:X8} 0x{signature[127]:X8}");
    }

    [Theory]
    [InlineData("Don't stop", new[] { "don", "t", "stop" })]
    [InlineData("**Rice** said: \"No.\"", new[] { "rice", "said", "no" })]
    [InlineData("Ünïcode café naïve", new[] { "ünïcode", "café", "naïve" })]
    [InlineData("俄美会谈", new[] { "俄", "美", "会", "谈" })]
    [InlineData("2-plus-2 talks", new[] { "2", "plus", "2", "talks" })]
    public void Words_are_letters_and_digits_case_folded(string text, string[] expected)
    {
        var words = new List<string>();
        var reader = new WordReader(text.AsSpan());
        while (reader.MoveNext())
        {
            words.Add(text.Substring(reader.Start, reader.Length).ToLowerInvariant());
        }
        Assert.Equal(expected, words);
    }

    [Fact]
    public void Lsh_finds_what_comparing_every_pair_finds()
    {
        // 600 bodies: random text from a skewed vocabulary, 60 near copies at edit rates from light to heavy
        // and 10 exact copies. The finder must agree with the all-pairs definition on every later body.
        var corpus = SyntheticBodies(seed: 7, count: 600);
        var results = new BodyDuplicateFinder().Find(corpus.Select(b => b.AsMemory()).ToList(), _ => 0.8);

        var expected = new List<string>();
        var exactFirst = new Dictionary<string, int>();
        var representatives = new List<int>();
        var shingles = corpus.Select(NaiveShingles.Shingles).ToList();
        for (var later = 0; later < corpus.Count; later++)
        {
            var normalized = string.Join(' ', NaiveShingles.Words(corpus[later]));
            if (exactFirst.TryGetValue(normalized, out var first))
            {
                expected.Add($"{first}->{later} exact");
                continue;
            }
            exactFirst.Add(normalized, later);
            var best = representatives
                .Select(e => (Earlier: e, Similarity: NaiveShingles.Jaccard(shingles[e], shingles[later])))
                .Where(p => p.Similarity >= 0.8)
                .OrderByDescending(p => p.Similarity).ThenBy(p => p.Earlier)
                .FirstOrDefault();
            if (best.Similarity > 0)
            {
                expected.Add($"{best.Earlier}->{later} {best.Similarity:F6}");
            }
            representatives.Add(later);
        }
        var actual = results.Select(r => r.IsExact ? $"{r.Earlier}->{r.Later} exact" : $"{r.Earlier}->{r.Later} {r.Similarity:F6}").ToList();
        Assert.Equal(expected, actual);
        Assert.True(expected.Count(e => !e.EndsWith("exact", StringComparison.Ordinal)) >= 20, "the corpus must hold near duplicates above the threshold");
    }

    [Fact]
    public void The_result_is_the_same_on_every_run()
    {
        var corpus = SyntheticBodies(seed: 11, count: 300).Select(b => b.AsMemory()).ToList();
        var first = new BodyDuplicateFinder().Find(corpus, _ => 0.8);
        var second = new BodyDuplicateFinder().Find(corpus, _ => 0.8);
        Assert.Equal(first, second);
    }

    private static List<string> SyntheticBodies(int seed, int count)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 3000).Select(i => "w" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        string Word() => vocabulary[(int)(vocabulary.Length * Math.Pow(random.NextDouble(), 3))];
        var bodies = new List<string>();
        for (var i = 0; i < count; i++)
        {
            if (i > 20 && i % 10 == 0)
            {
                // A near copy of an earlier body: replace a share of its words (0.2% to 4%: about half stay
                // above a similarity of 0.8, so the threshold itself is tested).
                var words = bodies[random.Next(bodies.Count)].Split(' ');
                var rate = 0.002 + (0.038 * random.NextDouble());
                bodies.Add(string.Join(' ', words.Select(w => random.NextDouble() < rate ? Word() : w)));
            }
            else if (i > 20 && i % 60 == 7)
            {
                bodies.Add(bodies[random.Next(bodies.Count)].ToUpperInvariant());
            }
            else
            {
                bodies.Add(string.Join(' ', Enumerable.Range(0, 40 + random.Next(300)).Select(_ => Word())));
            }
        }
        return bodies;
    }
}
