namespace ContentCheck.Engine.Tests.Rules.Corpus;

/// <summary>The obvious, slow definition the duplicate rules must agree with: lowercase words, every run of
/// five as a string, Jaccard over the sets. tools/CorpusDedupBench compiles this file too, as its ground truth.</summary>
internal static class NaiveShingles
{
    public static string[] Words(string text) =>
        new string(text.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static bool SameWords(string a, string b) => Words(a).SequenceEqual(Words(b), StringComparer.Ordinal);

    public static HashSet<string> Shingles(string text)
    {
        var words = Words(text);
        return Enumerable.Range(0, Math.Max(0, words.Length - 4)).Select(i => string.Join(' ', words, i, 5)).ToHashSet(StringComparer.Ordinal);
    }

    public static double Jaccard(string a, string b) => Jaccard(Shingles(a), Shingles(b));

    public static double Jaccard(HashSet<string> x, HashSet<string> y)
    {
        var common = x.Count(y.Contains);
        var union = x.Count + y.Count - common;
        return union == 0 ? 0 : (double)common / union;
    }
}
