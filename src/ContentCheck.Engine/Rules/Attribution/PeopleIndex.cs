using System.Runtime.CompilerServices;
using ContentCheck.Project;

namespace ContentCheck.Rules.Attribution;

/// <summary>One way people.yml writes a person: the <c>name</c> or one of the <c>aliases</c>.</summary>
/// <param name="Person">The people.yml entry.</param>
/// <param name="Text">The spelling, e.g. "Sergei Lavrov".</param>
/// <param name="IsName">Whether it is the entry's <c>name</c> (the registry's preferred spelling).</param>
internal sealed record Spelling(RegistryEntry Person, string Text, bool IsName);

/// <summary>
/// Every spelling of every person in people.yml, indexed by its first word so an article is scanned once
/// (linear in its length, whatever the size of the registry). Built once per registry.
/// </summary>
internal sealed class PeopleIndex
{
    private static readonly ConditionalWeakTable<Registry, PeopleIndex> Cache = new();

    private readonly Dictionary<string, List<Spelling>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Spelling> _bySpelling = new(StringComparer.OrdinalIgnoreCase);
    // Whether some spelling starts with the character: a table, not a set, since it is asked for every word of every
    // article (a HashSet<char> lookup was 2 % of a validation's CPU).
    private readonly bool[] _firstChars = new bool[char.MaxValue + 1];
#if NET
    // Looks a word up as a slice of the text, without a string per word.
    private readonly Dictionary<string, List<Spelling>>.AlternateLookup<ReadOnlySpan<char>> _byFirstWordSpan;
#endif

    private PeopleIndex(Registry people)
    {
        foreach (var person in people.Entries)
        {
            var name = person.GetText("name")?.Trim();
            var spellings = new List<Spelling>();
            if (!string.IsNullOrEmpty(name))
            {
                spellings.Add(new Spelling(person, Normalize(name!), IsName: true));
            }
            spellings.AddRange(person.GetTextList("aliases").Where(a => a.Trim().Length > 0).Select(a => new Spelling(person, Normalize(a), IsName: false)));
            foreach (var spelling in spellings)
            {
                var key = FirstWord(spelling.Text, 0);
                if (key.Length == 0 || _bySpelling.ContainsKey(spelling.Text))
                {
                    continue;
                }
                _bySpelling.Add(spelling.Text, spelling);
                _firstChars[key[0]] = true;
                if (!_byFirstWord.TryGetValue(key, out var list))
                {
                    _byFirstWord.Add(key, list = new List<Spelling>());
                }
                list.Add(spelling);
            }
        }
        foreach (var list in _byFirstWord.Values)
        {
            list.Sort((a, b) => b.Text.Length.CompareTo(a.Text.Length)); // longest first: "Sergey Lavrov" before "Sergey"
        }
#if NET
        _byFirstWordSpan = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>The index of a people registry.</summary>
    public static PeopleIndex Of(Registry people) => Cache.GetValue(people, static p => new PeopleIndex(p));

    /// <summary>Every spelling.</summary>
    public IEnumerable<Spelling> Spellings => _bySpelling.Values;

    /// <summary>The spelling equal to <paramref name="name"/> (case-insensitive, spaces normalized), or null.</summary>
    public Spelling? Find(string name) => _bySpelling.TryGetValue(Normalize(name), out var s) ? s : null;

    /// <summary>Every spelling written in <paramref name="text"/> as whole words (any run of white space
    /// matches a space), longest match first, never overlapping: "Sergey Lavrov" hides the alias "Lavrov" in it.</summary>
    public IEnumerable<(Spelling Spelling, int Start, int End)> FindAll(string text)
    {
        var position = 0;
        while (FindNext(text, position) is { Spelling: not null } found)
        {
            yield return found;
            position = found.End;
        }
    }

    /// <summary>The first spelling written in <paramref name="text"/> at or after <paramref name="i"/> (Spelling null
    /// when there is none). Apart from the iterator, so the scan runs on locals rather than on its fields.</summary>
    private (Spelling Spelling, int Start, int End) FindNext(string text, int i)
    {
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }
            var wordEnd = WordEnd(text, i);
            if (!_firstChars[text[i]])
            {
                // No spelling starts with this letter: skip the word without looking it up.
                i = wordEnd;
                continue;
            }
#if NET
            var known = _byFirstWordSpan.TryGetValue(text.AsSpan(i, wordEnd - i), out var candidates);
#else
            var known = _byFirstWord.TryGetValue(text.Substring(i, wordEnd - i), out var candidates);
#endif
            if (known)
            {
                foreach (var candidate in candidates!)
                {
                    var end = MatchAt(text, i, candidate.Text);
                    if (end > 0)
                    {
                        return (candidate, i, end);
                    }
                }
            }
            i = Math.Max(i + 1, wordEnd);
        }
        return default;
    }

    /// <summary>Where <paramref name="spelling"/> written at <paramref name="start"/> ends, or -1.</summary>
    private static int MatchAt(string text, int start, string spelling)
    {
        var i = start;
        foreach (var c in spelling)
        {
            if (c == ' ')
            {
                if (i >= text.Length || !char.IsWhiteSpace(text[i]))
                {
                    return -1;
                }
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
            }
            else if (i < text.Length && text[i] == c)
            {
                i++;
            }
            else
            {
                return -1;
            }
        }
        return i < text.Length && char.IsLetterOrDigit(text[i]) ? -1 : i;
    }

    private static string FirstWord(string text, int start) => text.Substring(start, WordEnd(text, start) - start);

    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }
        return end;
    }

    private static string Normalize(string name) =>
        string.Join(" ", name.Split(new[] { ' ', '\t', '\n', '\r', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries));
}
