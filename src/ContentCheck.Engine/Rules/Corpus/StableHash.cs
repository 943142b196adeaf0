namespace ContentCheck.Rules.Corpus;

/// <summary>
/// 64-bit hashing that gives the same value on every machine, runtime and run (unlike
/// <see cref="string.GetHashCode()"/>, which .NET randomizes per process): duplicate detection must find the
/// same pairs in CI as on a contributor's laptop.
/// </summary>
internal static class StableHash
{
    /// <summary>FNV-1a's 64-bit offset basis: the hash of nothing.</summary>
    public const ulong Empty = 14695981039346656037UL;

    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Adds one UTF-16 code unit to an FNV-1a hash.</summary>
    public static ulong Add(ulong hash, char c) => (hash ^ c) * FnvPrime;

    /// <summary>Adds a 64-bit value to a running hash (order-sensitive).</summary>
    public static ulong Combine(ulong hash, ulong value) => Mix(hash ^ value) * FnvPrime;

    /// <summary>SplitMix64's finalizer: spreads every input bit over the whole result, so the high bits of a
    /// hash are as good as the low ones (MinHash keeps the high 32 bits).</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
