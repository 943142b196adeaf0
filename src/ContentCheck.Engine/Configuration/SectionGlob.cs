using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ContentCheck.Configuration;

/// <summary>
/// The path pattern of an <c>.editorconfig</c> section header, matched as the C# compiler matches it:
/// <c>*</c> (any characters but <c>/</c>), <c>**</c> (any characters), <c>?</c> (one character),
/// <c>[abc]</c>, <c>[a-z]</c>, <c>[!abc]</c>, <c>{a,b}</c> (nested), <c>{1..3}</c> (an integer in the range) and
/// <c>\</c> escapes. A pattern without <c>/</c> matches a file name at any depth below the file's folder;
/// one with <c>/</c> is anchored at that folder. Matching is case-sensitive, as in the compiler.
/// </summary>
public sealed class SectionGlob
{
    private readonly Regex _regex;
    private readonly (int Min, int Max)[] _ranges;

    private SectionGlob(string pattern, Regex regex, (int, int)[] ranges)
    {
        Pattern = pattern;
        _regex = regex;
        _ranges = ranges;
    }

    /// <summary>The section name as written between the brackets.</summary>
    public string Pattern { get; }

    /// <summary>Compiles a section name; null when it is malformed (an unclosed <c>[</c> or <c>{</c>), which
    /// the compiler also treats as a section that matches nothing.</summary>
    public static SectionGlob? TryCreate(string sectionName)
    {
        var regex = new StringBuilder("^");
        // The editorconfig core library's rule, which the compiler follows: no '/' means "this name in any folder".
        if (sectionName.IndexOf('/') < 0)
        {
            regex.Append(".*/");
        }
        else if (sectionName[0] != '/')
        {
            regex.Append('/');
        }
        var ranges = new List<(int, int)>();
        var position = 0;
        if (!CompileList(sectionName, ref position, regex, ranges, inChoice: false))
        {
            return null;
        }
        regex.Append('$');
        return new SectionGlob(sectionName, new Regex(regex.ToString(), RegexOptions.CultureInvariant), ranges.ToArray());
    }

    /// <summary>Whether a path relative to the <c>.editorconfig</c>'s folder, starting with <c>/</c>, matches.</summary>
    public bool IsMatch(string relativePath)
    {
        var match = _regex.Match(relativePath);
        if (!match.Success)
        {
            return false;
        }
        for (var i = 0; i < _ranges.Length; i++)
        {
            if (!int.TryParse(match.Groups[i + 1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                || n < _ranges[i].Min || n > _ranges[i].Max)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Compiles items up to the end (top level) or up to the <c>,</c> or <c>}</c> that ends a choice branch.</summary>
    private static bool CompileList(string s, ref int i, StringBuilder regex, List<(int, int)> ranges, bool inChoice)
    {
        while (i < s.Length)
        {
            var c = s[i];
            switch (c)
            {
                case '*' when i + 1 < s.Length && s[i + 1] == '*':
                    regex.Append(".*");
                    i += 2;
                    break;
                case '*':
                    regex.Append("[^/]*");
                    i++;
                    break;
                case '?':
                    regex.Append('.');
                    i++;
                    break;
                case '[':
                    i++;
                    if (!CompileClass(s, ref i, regex))
                    {
                        return false;
                    }
                    break;
                case '{':
                    if (TryNumberRange(s, ref i, out var range))
                    {
                        ranges.Add(range);
                        regex.Append("(-?[0-9]+)");
                    }
                    else if (!CompileChoice(s, ref i, regex, ranges))
                    {
                        return false;
                    }
                    break;
                case ',' or '}':
                    // Ends a branch of the enclosing choice; the caller reads the character. Outside a choice it is an error.
                    return inChoice;
                case '\\':
                    if (i + 1 >= s.Length)
                    {
                        return false;
                    }
                    regex.Append(Regex.Escape(s[i + 1].ToString()));
                    i += 2;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    i++;
                    break;
            }
        }
        return !inChoice;
    }

    private static bool CompileChoice(string s, ref int i, StringBuilder regex, List<(int, int)> ranges)
    {
        i++; // '{'
        regex.Append("(?:");
        while (CompileList(s, ref i, regex, ranges, inChoice: true))
        {
            var end = s[i++];
            if (end == '}')
            {
                regex.Append(')');
                return true;
            }
            regex.Append('|');
        }
        return false;
    }

    /// <summary><c>[...]</c>: <c>!</c> first negates, <c>-</c> is a range, <c>\</c> escapes, <c>]</c> closes.</summary>
    private static bool CompileClass(string s, ref int i, StringBuilder regex)
    {
        regex.Append('[');
        if (i < s.Length && s[i] == '!')
        {
            regex.Append('^');
            i++;
        }
        while (i < s.Length)
        {
            var c = s[i++];
            switch (c)
            {
                case '-':
                    regex.Append('-');
                    break;
                case '\\':
                    if (i >= s.Length)
                    {
                        return false;
                    }
                    regex.Append('\\').Append(s[i++]);
                    break;
                case ']':
                    regex.Append(']');
                    return true;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return false;
    }

    /// <summary><c>{num1..num2}</c>, each an optionally negative integer; the bounds may be given in either order.</summary>
    private static bool TryNumberRange(string s, ref int i, out (int, int) range)
    {
        range = default;
        var j = i + 1;
        if (!TryNumber(s, ref j, out var first) || j + 1 >= s.Length || s[j] != '.' || s[j + 1] != '.')
        {
            return false;
        }
        j += 2;
        if (!TryNumber(s, ref j, out var second) || j >= s.Length || s[j] != '}')
        {
            return false;
        }
        range = first <= second ? (first, second) : (second, first);
        i = j + 1;
        return true;
    }

    private static bool TryNumber(string s, ref int i, out int value)
    {
        var start = i;
        if (i < s.Length && s[i] == '-')
        {
            i++;
        }
        var digits = i;
        while (i < s.Length && s[i] >= '0' && s[i] <= '9')
        {
            i++;
        }
        return int.TryParse(s.Substring(start, i - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) && i > digits;
    }

    /// <inheritdoc />
    public override string ToString() => Pattern;
}
