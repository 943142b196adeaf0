namespace ContentCheck.Text;

/// <summary>Edit distance for "did you mean" suggestions (Damerau–Levenshtein, optimal string alignment).</summary>
public static class StringSimilarity
{
    /// <summary>The number of single-character insertions, deletions, substitutions and adjacent swaps
    /// that turn <paramref name="a"/> into <paramref name="b"/>, compared case-insensitively.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) { d[i, 0] = i; }
        for (var j = 0; j <= b.Length; j++) { d[0, j] = j; }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, d[i - 2, j - 2] + 1);
                }
                d[i, j] = best;
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>The candidate nearest to <paramref name="value"/>, when it is close enough to be a likely typo
    /// (at most a third of the longer word, and at most 3 edits); ties go to the first in ordinal order.</summary>
    public static string? Nearest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.OrderBy(c => c, StringComparer.Ordinal))
        {
            var distance = Distance(value, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best is null)
        {
            return null;
        }
        var limit = Math.Min(3, Math.Max(1, Math.Max(value.Length, best.Length) / 3));
        return bestDistance <= limit ? best : null;
    }
}
