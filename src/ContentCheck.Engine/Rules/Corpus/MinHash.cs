namespace ContentCheck.Rules.Corpus;

/// <summary>
/// The MinHash summary of a body, by one-permutation hashing: each shingle (a run of <see cref="ShingleWords"/>
/// consecutive words) is hashed once; the hash's top bits pick one of <see cref="HashCount"/> bins and the next 32 bits
/// are its value; a bin keeps its smallest value. Two bodies agree on a bin with a probability equal to the Jaccard
/// similarity of their shingle sets, so 128 numbers stand for a whole article. A bin no shingle fell in borrows the
/// value of a filled bin picked by a fixed probe sequence (optimal densification, Shrivastava 2017), the same for every
/// body, so short bodies compare as long ones do. Hashes are fixed (FNV-1a and SplitMix64): the same on every machine.
/// </summary>
/// <remarks>
/// The classic scheme computed 128 hash functions per shingle, two thirds of CC5003/CC5004's time even vectorized
/// (a fifth of a whole validation's CPU at 10,000 articles); one hash per shingle does the same job in 1/128 of the work.
/// </remarks>
internal static class MinHash
{
    /// <summary>Words per shingle (k): five-word runs are rare enough by chance and survive a light edit.</summary>
    public const int ShingleWords = 5;

    /// <summary>Bins (numbers) per signature.</summary>
    public const int HashCount = 128;

    // log2(HashCount): a shingle hash's top bits name its bin.
    private const int BinBits = 7;

    /// <summary>Reads a body once: counts its words, hashes its whole word sequence (for exact duplicates)
    /// and, when it has at least one shingle, fills <paramref name="signature"/>.</summary>
    public static (int Words, ulong SequenceHash) Summarize(ReadOnlySpan<char> body, Span<uint> signature)
    {
        signature.Fill(uint.MaxValue);
        Span<ulong> window = stackalloc ulong[ShingleWords];
        // Which bins a shingle fell in (a value can be uint.MaxValue, so the values cannot tell).
        Span<bool> filled = stackalloc bool[HashCount];
        filled.Clear();
        var reader = new WordReader(body);
        var words = 0;
        var sequence = StableHash.Empty;
        while (reader.MoveNext())
        {
            sequence = StableHash.Combine(sequence, reader.Hash);
            window[words % ShingleWords] = reader.Hash;
            words++;
            if (words >= ShingleWords)
            {
                var hash = ShingleHash(window, words);
                var bin = (int)(hash >> (64 - BinBits));
                var value = (uint)(hash >> (32 - BinBits));
                filled[bin] = true;
                if (value < signature[bin])
                {
                    signature[bin] = value;
                }
            }
        }
        if (words >= ShingleWords)
        {
            Densify(signature, filled);
        }
        return (words, sequence);
    }

    // Each empty bin takes the value of the first filled bin on its own probe sequence (bin, attempt) → bin: the
    // sequence depends on nothing else, so two bodies missing the same bin borrow from the same places.
    private static void Densify(Span<uint> signature, ReadOnlySpan<bool> filled)
    {
        for (var bin = 0; bin < HashCount; bin++)
        {
            if (filled[bin])
            {
                continue;
            }
            for (var attempt = 1UL; ; attempt++)
            {
                var source = (int)(StableHash.Mix(((ulong)bin << 32) | attempt) >> (64 - BinBits));
                if (filled[source])
                {
                    signature[bin] = signature[source];
                    break;
                }
            }
        }
    }

    /// <summary>The distinct shingle hashes of a body, sorted (for the exact Jaccard similarity).</summary>
    public static ulong[] Shingles(ReadOnlySpan<char> body)
    {
        Span<ulong> window = stackalloc ulong[ShingleWords];
        var reader = new WordReader(body);
        var shingles = new List<ulong>();
        var words = 0;
        while (reader.MoveNext())
        {
            window[words % ShingleWords] = reader.Hash;
            words++;
            if (words >= ShingleWords)
            {
                shingles.Add(ShingleHash(window, words));
            }
        }
        shingles.Sort();
        var distinct = new List<ulong>(shingles.Count);
        foreach (var s in shingles)
        {
            if (distinct.Count == 0 || distinct[distinct.Count - 1] != s)
            {
                distinct.Add(s);
            }
        }
        return distinct.ToArray();
    }

    /// <summary>|A ∩ B| / |A ∪ B| of two sorted sets.</summary>
    public static double Jaccard(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        var union = a.Length + b.Length - common;
        return union == 0 ? 0 : (double)common / union;
    }

    /// <summary>The share of bins on which two signatures agree: an estimate of their Jaccard similarity.</summary>
    public static double Estimate(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }
        return (double)equal / a.Length;
    }

    // The window is a ring; `words` says where the oldest word sits, so the shingle hash follows word order.
    private static ulong ShingleHash(Span<ulong> window, int words)
    {
        var hash = StableHash.Empty;
        for (var j = 0; j < ShingleWords; j++)
        {
            hash = StableHash.Combine(hash, window[(words + j) % ShingleWords]);
        }
        return StableHash.Mix(hash);
    }
}
