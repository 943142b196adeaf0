using System.Globalization;

namespace ContentCheck.Rules.Corpus;

/// <summary>
/// Reads the words of a text without allocating: a word is a run of letters, digits and combining marks,
/// case-folded; everything else (whitespace, punctuation, Markdown syntax such as <c>*</c>, <c>#</c>,
/// <c>&gt;</c>, <c>[</c>) only separates words. So two bodies that differ in line breaks, emphasis, heading
/// marks or capitals read as the same words. A Chinese or Japanese character is a word of its own, since
/// those scripts put no spaces between words.
/// </summary>
internal ref struct WordReader
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    public WordReader(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Hash = 0;
        Start = 0;
        Length = 0;
    }

    /// <summary>The stable hash of the current word, case-folded.</summary>
    public ulong Hash { get; private set; }

    /// <summary>Where the current word starts in the text.</summary>
    public int Start { get; private set; }

    /// <summary>The current word's length.</summary>
    public int Length { get; private set; }

    /// <summary>Moves to the next word; false at the end of the text.</summary>
    public bool MoveNext()
    {
        var text = _text;
        var i = _position;
        while (i < text.Length && Classify(text[i]) == CharClass.Separator)
        {
            i++;
        }
        if (i == text.Length)
        {
            _position = i;
            return false;
        }
        Start = i;
        var hash = StableHash.Empty;
        if (Classify(text[i]) == CharClass.Ideograph)
        {
            hash = StableHash.Add(hash, text[i]);
            i++;
        }
        else
        {
            while (i < text.Length && Classify(text[i]) == CharClass.Word)
            {
                hash = StableHash.Add(hash, Fold(text[i]));
                i++;
            }
        }
        Length = i - Start;
        Hash = hash;
        _position = i;
        return true;
    }

    /// <summary>Whether two words are equal once case-folded.</summary>
    public static bool FoldedEquals(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && Fold(a[i]) != Fold(b[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static char Fold(char c) =>
        c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    private static CharClass Classify(char c)
    {
        if (c < 128)
        {
            return c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' ? CharClass.Word : CharClass.Separator;
        }
        if (c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF')
        {
            return CharClass.Ideograph;
        }
        if (char.IsSurrogate(c))
        {
            // Letters outside the Basic Multilingual Plane (rare scripts, emoji) stay inside a word.
            return CharClass.Word;
        }
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharClass.Word,
            _ => CharClass.Separator,
        };
    }

    private enum CharClass
    {
        Separator,
        Word,
        Ideograph,
    }
}
