using System.Globalization;

namespace ContentCheck.Corpus;

/// <summary>
/// Turns clean synthetic articles into faulty ones, one fault per article, and records the ground truth
/// (rule, file, line). The synthetic article's front matter has a fixed layout (see <see cref="SyntheticCorpus"/>):
/// line 1 <c>---</c>, 2 title, 3 source, 4 authors, 5 dateline, 6 published, 7 url, 8 language, 9 topics,
/// 10 people, 11 summary, 12 <c>---</c>, 13 blank, body from 14.
/// </summary>
public sealed class FaultInjector
{
    /// <summary>A fault kind: the rule it targets and how to inject it into (path, lines).</summary>
    public sealed record Kind(string RuleId, string Name, Func<string, List<string>, (string Path, int Line)> Apply);

    /// <summary>Every fault kind, one or more per rule.</summary>
    public static IReadOnlyList<Kind> Kinds { get; } = new Kind[]
    {
        new("CC1001", "no front matter", (path, lines) => { lines.RemoveRange(0, 12); return (path, 1); }),
        new("CC1002", "colon in an unquoted value", (path, lines) => { lines[1] = "title: Talks: " + lines[1].Substring(7); return (path, 2); }),
        new("CC1004", "duplicate key", (path, lines) => { lines.Insert(8, "source: xinhua"); return (path, 9); }),
        new("CC1005", "required field missing", (path, lines) => { lines.RemoveAt(1); return (path, 1); }),
        new("CC1006", "misspelled field", (path, lines) => { lines[4] = "datelnie: " + lines[4].Substring(10); return (path, 5); }),
        new("CC1007", "list given as text", (path, lines) => { lines[3] = "authors: " + lines[3].Substring(10).TrimEnd(']'); return (path, 4); }),
        new("CC1008", "empty value", (path, lines) => { lines[4] = "dateline:"; return (path, 5); }),
        new("CC1009", "unknown source id", (path, lines) => { lines[2] = "source: " + Swap(lines[2].Substring(8)); return (path, 3); }),
        new("CC2001", "impossible date", (path, lines) => { lines[5] = "published: 2008-13-45"; return (path, 6); }),
        new("CC2003", "published in the future", (path, lines) =>
        {
            lines[5] = "published: 2031-05-04T10:00:00+00:00";
            return ("articles/2031/05/04/" + path.Substring(path.LastIndexOf('/') + 1), 6);
        }),
        new("CC2004", "updated before published", (path, lines) => { lines.Insert(6, "updated: 1999-01-01T00:00:00+00:00"); return (path, 7); }),
        new("CC2005", "folder date differs", (path, lines) =>
        {
            var day = int.Parse(path.Substring(17, 2), CultureInfo.InvariantCulture);
            var other = day == 1 ? "02" : "01";
            return (path.Substring(0, 17) + other + path.Substring(19), 6);
        }),
    };

    /// <summary>Applies <paramref name="kind"/> to an article and returns its new path, text and the ground truth.</summary>
    public static (string Path, string Text, InjectedFault Fault) Inject(Kind kind, string path, string text)
    {
        var lines = text.Split('\n').ToList();
        var (newPath, line) = kind.Apply(path, lines);
        return (newPath, string.Join("\n", lines), new InjectedFault(kind.RuleId, newPath, line, kind.Name));
    }

    /// <summary>Swaps two letters in the middle of an id: a realistic typo with a near match.</summary>
    private static string Swap(string id)
    {
        var chars = id.ToCharArray();
        var i = chars.Length / 2;
        (chars[i], chars[i - 1]) = (chars[i - 1], chars[i]);
        return new string(chars);
    }
}
