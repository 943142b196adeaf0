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
    private readonly HashSet<char> _firstChars = new();

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
                _firstChars.Add(key[0]);
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
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }
            if (!_firstChars.Contains(text[i]))
            {
                // No spelling starts with this letter: skip the word without looking it up.
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }
                continue;
            }
            var word = FirstWord(text, i);
            var matched = false;
            if (_byFirstWord.TryGetValue(word, out var candidates))
            {
                foreach (var candidate in candidates)
                {
                    var end = MatchAt(text, i, candidate.Text);
                    if (end > 0)
                    {
                        yield return (candidate, i, end);
                        i = end;
                        matched = true;
                        break;
                    }
                }
            }
            if (!matched)
            {
                i += Math.Max(1, word.Length);
            }
        }
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

    private static string FirstWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }
        return text.Substring(start, end - start);
    }

    private static string Normalize(string name) =>
        string.Join(" ", name.Split(new[] { ' ', '\t', '\n', '\r', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries));
}
