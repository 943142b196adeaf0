namespace ContentCheck.Rules.Hygiene.Leftovers;

/// <summary>
/// The shape of a headline, a photo caption or a teaser link: short, capitalized, with no sentence punctuation at
/// the end ("How the world's oldest clove tree defied an empire", "Has China's housing bubble burst?").
/// A line of hard-wrapped prose fails it: it starts in lower case, ends in a comma or a word such as "the",
/// or its paragraph's last line ends with a full stop.
/// </summary>
internal static class HeadlineShape
{
    /// <summary>Longer lines are prose.</summary>
    public const int MaxLength = 150;

    private const int MaxWords = 20;

    /// <summary>Words a headline does not end with but a wrapped line of prose often does.</summary>
    private static readonly HashSet<string> ContinuationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as",
        "that", "which", "who", "is", "are", "was", "were", "be", "been", "has", "have", "had", "his", "her", "its",
        "their", "our", "this", "these", "than", "into", "over", "after", "before", "while", "if", "not",
    };

    /// <summary>Whether <paramref name="line"/> (trimmed) is shaped like a headline or caption.</summary>
    public static bool IsHeadlineLike(string line)
    {
        if (line.Length == 0 || line.Length > MaxLength)
        {
            return false;
        }
        var first = 0;
        while (first < line.Length && IsOpening(line[first]))
        {
            first++;
        }
        if (first == line.Length || !(char.IsUpper(line[first]) || char.IsDigit(line[first])))
        {
            return false;
        }
        var last = line.Length - 1;
        while (last > first && IsClosing(line[last]))
        {
            last--;
        }
        if (line[last] is '.' or ',' or ';' or ':' or '-' or '–' or '—' or '…')
        {
            return false;
        }
        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords && !ContinuationWords.Contains(words[words.Length - 1].Trim('"', '\'', '’', '”', ')'));
    }

    /// <summary>Whether a line ends a sentence (a full stop, a question or exclamation mark, possibly inside quotes).</summary>
    public static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var last = line.Length - 1;
        while (last > 0 && IsClosing(line[last]))
        {
            last--;
        }
        return last >= 0 && line[last] is '.' or '!' or '?' or '…';
    }

    private static bool IsOpening(char c) => c is '"' or '\'' or '‘' or '“' or '(' or '[' or '«';

    private static bool IsClosing(char c) => c is '"' or '\'' or '’' or '”' or ')' or ']' or '»';
}
