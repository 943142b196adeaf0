namespace ContentCheck.Rules.Attribution;

/// <summary>
/// Splits a paragraph's prose into sentences without being fooled by what quotations hold: a full stop
/// inside a quotation ends the sentence only when it closes the quotation and a capital follows
/// (<c>“It did not happen.” Rice said so.</c>), never before <c>,” she said</c>. Initials and common
/// abbreviations (<c>U.S.</c>, <c>Mr.</c>, <c>Oct.</c>) do not end a sentence.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Gov", "Sen",
        "Rep", "Prof", "Rev", "Hon", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec", "No", "Nos", "vs", "Mt", "Ft", "Corp", "Inc", "Ltd", "Bros", "approx", "Vol", "pp", "cf", "eg", "ie",
    };

    /// <summary>The sentences of <paramref name="text"/> as [start, end) ranges, in order, covering the text.</summary>
    public static List<(int Start, int End)> Split(string text, IReadOnlyList<QuotedRange> quoted)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        var q = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (q < quoted.Count && i >= quoted[q].Start)
            {
                var range = quoted[q++];
                i = Math.Max(i, range.End);
                if (range.EndsWithMark && range.End >= 2 && IsTerminator(text[range.End - 2]) && StartsSentence(text, range.End))
                {
                    sentences.Add((start, range.End));
                    start = range.End;
                }
                continue;
            }
            if (IsTerminator(text[i]) && !(text[i] == '.' && IsAbbreviation(text, i)))
            {
                var j = i + 1;
                while (j < text.Length && (IsTerminator(text[j]) || text[j] is ')' or '’' or '\''))
                {
                    j++;
                }
                if (StartsSentence(text, j))
                {
                    sentences.Add((start, j));
                    start = j;
                }
                i = j;
                continue;
            }
            i++;
        }
        if (start < text.Length)
        {
            sentences.Add((start, text.Length));
        }
        return sentences;
    }

    /// <summary>The index of the sentence that holds <paramref name="index"/>.</summary>
    public static int IndexOf(List<(int Start, int End)> sentences, int index)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            if (index < sentences[s].End)
            {
                return s;
            }
        }
        return sentences.Count - 1;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    /// <summary>At <paramref name="j"/>: the end, or white space then a capital, a digit or an opening mark.</summary>
    private static bool StartsSentence(string text, int j)
    {
        if (j >= text.Length)
        {
            return true;
        }
        if (!char.IsWhiteSpace(text[j]))
        {
            return false;
        }
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }
        return j >= text.Length || char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] is '“' or '"' or '‘' or '(' or '[';
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        var length = dot - start;
        if (length == 1 && char.IsUpper(text[start]))
        {
            return true; // an initial: "George W. Bush", "U.S."
        }
        return length > 0 && Abbreviations.Contains(text.Substring(start, length));
    }
}
