using System.Globalization;
using System.Text;

namespace ContentCheck.Metadata;

/// <summary>
/// The file name of an article: lowercase ASCII words joined by <c>-</c>. Accents are transliterated (é → e,
/// ß → ss, Ł → l), apostrophes and dots inside words vanish ("Russia's" → russias, "U.S." → us), every other
/// run of punctuation or space becomes one <c>-</c>.
/// </summary>
public static class Slug
{
    /// <summary>Slugs are cut at a word boundary after this many characters, as URLs stay readable.</summary>
    public const int MaxLength = 80;

    // Letters that Unicode does not decompose into a base letter and a mark.
    private static readonly Dictionary<char, string> Transliterations = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['Æ'] = "ae", ['œ'] = "oe", ['Œ'] = "oe", ['ø'] = "o", ['Ø'] = "o",
        ['ł'] = "l", ['Ł'] = "l", ['đ'] = "d", ['Đ'] = "d", ['ð'] = "d", ['Ð'] = "d", ['þ'] = "th", ['Þ'] = "th",
        ['ı'] = "i", ['ħ'] = "h", ['Ħ'] = "h",
    };

    /// <summary>The slug of <paramref name="title"/>; empty when the title has no ASCII letter or digit at all.</summary>
    public static string From(string title)
    {
        var ascii = new StringBuilder(title.Length);
        // Compatibility decomposition also splits ligatures (ﬁ → fi) and full-width forms.
        foreach (var c in title.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            ascii.Append(Transliterations.TryGetValue(c, out var replacement) ? replacement : c.ToString());
        }

        var text = ascii.ToString().ToLowerInvariant();
        var slug = new StringBuilder(text.Length);
        var pendingSeparator = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingSeparator && slug.Length > 0)
                {
                    slug.Append('-');
                }
                pendingSeparator = false;
                slug.Append(c);
            }
            else if (!JoinsWord(text, i))
            {
                pendingSeparator = true;
            }
        }
        return Truncate(slug.ToString());
    }

    // An apostrophe inside a word, or a dot between two letters (an abbreviation), joins rather than separates.
    private static bool JoinsWord(string text, int i)
    {
        var c = text[i];
        var before = i > 0 && char.IsLetterOrDigit(text[i - 1]);
        var after = i + 1 < text.Length && char.IsLetter(text[i + 1]);
        return c switch
        {
            '\'' or '’' => before,
            '.' => before && char.IsLetter(text[i - 1]) && (after || i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])),
            _ => false,
        };
    }

    private static string Truncate(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }
        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > 0 ? slug.Substring(0, cut) : slug.Substring(0, MaxLength);
    }
}
