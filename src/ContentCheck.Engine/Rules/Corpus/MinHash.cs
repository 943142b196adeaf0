#if NET
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif

namespace ContentCheck.Rules.Corpus;

/// <summary>
/// The MinHash summary of a body: for each of <see cref="HashCount"/> fixed hash functions, the smallest
/// value over the body's shingles (runs of <see cref="ShingleWords"/> consecutive words). Two bodies agree on a
/// function's minimum with a probability equal to the Jaccard similarity of their shingle sets, so 128 numbers
/// stand for a whole article. The functions are <c>(a·x + b) mod 2⁶⁴</c>, high 32 bits kept, with constants
/// from a fixed seed: the same on every machine.
/// </summary>
internal static class MinHash
{
    /// <summary>Words per shingle (k): five-word runs are rare enough by chance and survive a light edit.</summary>
    public const int ShingleWords = 5;

    /// <summary>Hash functions per signature.</summary>
    public const int HashCount = 128;

    // Shingles hashed together per pass over the 128 functions.
    private const int BatchSize = 128;

    private static readonly ulong[] Multipliers = MakeOdd(StableHash.Sequence(0x436F6E74656E7443UL, HashCount));
    private static readonly ulong[] Offsets = StableHash.Sequence(0x436865636B4D4853UL, HashCount);

    /// <summary>Reads a body once: counts its words, hashes its whole word sequence (for exact duplicates)
    /// and, when it has at least one shingle, fills <paramref name="signature"/>.</summary>
    public static (int Words, ulong SequenceHash) Summarize(ReadOnlySpan<char> body, Span<uint> signature)
    {
        signature.Fill(uint.MaxValue);
        Span<ulong> window = stackalloc ulong[ShingleWords];
        Span<ulong> batch = stackalloc ulong[BatchSize];
        var pending = 0;
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
                batch[pending++] = ShingleHash(window, words);
                if (pending == BatchSize)
                {
                    Update(signature, batch);
                    pending = 0;
                }
            }
        }
        Update(signature, batch.Slice(0, pending));
        return (words, sequence);
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

    /// <summary>The share of functions on which two signatures agree: an estimate of their Jaccard similarity.</summary>
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

    // Hash functions in the outer loop, shingles in the inner one: the function's constants and its running
    // minimum stay in registers and the inner loop is a branch-free multiply, add and min over a small buffer.
    internal static void Update(Span<uint> signature, ReadOnlySpan<ulong> shingles)
    {
#if NET
        if (Avx2.IsSupported && shingles.Length >= Vector256Width)
        {
            UpdateAvx2(signature, shingles);
            return;
        }
#endif
        UpdateScalar(signature, shingles);
    }

    internal static void UpdateScalar(Span<uint> signature, ReadOnlySpan<ulong> shingles)
    {
        var multipliers = Multipliers;
        var offsets = Offsets;
        for (var i = 0; i < signature.Length; i++)
        {
            var a = multipliers[i];
            var b = offsets[i];
            var min = signature[i];
            foreach (var shingle in shingles)
            {
                var value = (uint)((a * shingle + b) >> 32);
                min = value < min ? value : min;
            }
            signature[i] = min;
        }
    }

#if NET
    private const int Vector256Width = 4;

    // The same (a·x + b) >> 32 on four shingles at once. AVX2 has no 64×64-bit multiply, so the low 64 bits of
    // a·x are built from 32×32 products: lo(a)·lo(x) + ((hi(a)·lo(x) + lo(a)·hi(x)) << 32). The results are below
    // 2³², so a signed 64-bit compare takes their minimum. Two thirds of CC5003/CC5004's time was this loop.
    private static void UpdateAvx2(Span<uint> signature, ReadOnlySpan<ulong> shingles)
    {
        var vectors = shingles.Length / Vector256Width;
        Span<Vector256<ulong>> low = stackalloc Vector256<ulong>[vectors];
        Span<Vector256<ulong>> high = stackalloc Vector256<ulong>[vectors];
        for (var k = 0; k < vectors; k++)
        {
            low[k] = Vector256.Create(shingles.Slice(k * Vector256Width, Vector256Width));
            high[k] = Vector256.ShiftRightLogical(low[k], 32);
        }
        var tail = shingles.Slice(vectors * Vector256Width);
        var multipliers = Multipliers;
        var offsets = Offsets;
        for (var i = 0; i < signature.Length; i++)
        {
            var a = multipliers[i];
            var aLow = Vector256.Create(a).AsUInt32();
            var aHigh = Vector256.Create(a >> 32).AsUInt32();
            var offset = offsets[i];
            var b = Vector256.Create(offset);
            var min = Vector256.Create((long)signature[i]);
            for (var k = 0; k < vectors; k++)
            {
                var x = low[k].AsUInt32();
                var product = Avx2.Multiply(x, aLow);
                var cross = Avx2.Multiply(high[k].AsUInt32(), aLow)
                    + Avx2.Multiply(x, aHigh);
                var value = Vector256.ShiftRightLogical(product + (cross << 32) + b, 32).AsInt64();
                min = Vector256.ConditionalSelect(Vector256.GreaterThan(min, value), value, min);
            }
            var m = (uint)Math.Min(Math.Min(min.GetElement(0), min.GetElement(1)), Math.Min(min.GetElement(2), min.GetElement(3)));
            foreach (var shingle in tail)
            {
                var value = (uint)((a * shingle + offset) >> 32);
                m = value < m ? value : m;
            }
            signature[i] = m;
        }
    }
#endif

    private static ulong[] MakeOdd(ulong[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] |= 1;
        }
        return values;
    }
}
