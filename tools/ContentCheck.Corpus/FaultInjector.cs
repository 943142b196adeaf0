using System.Globalization;

namespace ContentCheck.Corpus;

/// <summary>
/// Turns clean synthetic articles into faulty ones, one fault per article, and records the ground truth
/// (rule, file, line). The synthetic article's front matter has a fixed layout (see <see cref="SyntheticCorpus"/>):
/// line 1 <c>---</c>, 2 title, 3 source, 4 authors, 5 dateline, 6 published, 7 url, 8 language, 9 topics,
/// 10 people, 11 summary, 12 <c>---</c>, 13 blank, body from 14. Text faults insert a paragraph at line 14 in one
/// of several written forms (chosen by the article's number), so a heuristic is measured on more than one shape.
/// </summary>
public sealed class FaultInjector
{
    /// <summary>The first line of the body in a generated article.</summary>
    public const int FirstBodyLine = 14;

    /// <summary>A fault kind: the rule it targets and how to inject it; Apply returns where the rule must report.</summary>
    public sealed record Kind(string RuleId, string Name, Func<FaultTarget, (string Path, int Line)> Apply);

    private static readonly string[] Weekdays = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };

    /// <summary>Every fault kind, one or more per rule.</summary>
    public static IReadOnlyList<Kind> Kinds { get; } = new Kind[]
    {
        // CC1xxx: metadata
        new("CC1001", "no front matter", t => { t.Lines.RemoveRange(0, 12); return (t.Path, 1); }),
        new("CC1002", "colon in an unquoted value", t => { t.Lines[1] = "title: Talks: " + t.Value(2); return (t.Path, 2); }),
        new("CC1004", "duplicate key", t => { t.Lines.Insert(8, "source: xinhua"); return (t.Path, 9); }),
        new("CC1005", "required field missing", t => { t.Lines.RemoveAt(1); return (t.Path, 1); }),
        new("CC1006", "misspelled field", t => { t.Lines[4] = "datelnie: " + t.Value(5); return (t.Path, 5); }),
        new("CC1007", "list given as text", t => { t.Lines[3] = "authors: " + t.Value(4).Trim('[', ']'); return (t.Path, 4); }),
        new("CC1008", "empty value", t => { t.Lines[4] = "dateline:"; return (t.Path, 5); }),
        new("CC1009", "unknown source id", t => { t.Lines[2] = "source: " + Swap(t.Value(3)); return (t.Path, 3); }),
        new("CC1010", "unknown topic id", t => { t.Lines[8] = "topics: [" + Swap(t.Value(9).Trim('[', ']').Split(',')[0].Trim()) + "]"; return (t.Path, 9); }),
        new("CC1011", "unknown person id", t => { t.Lines[9] = "people: [" + Swap(t.Value(10).Trim('[', ']').Split(',')[0].Trim()) + "]"; return (t.Path, 10); }),
        new("CC1012", "language name or locale", t => { t.Lines[7] = "language: " + (t.Index % 2 == 0 ? "english" : "en_GB"); return (t.Path, 8); }),
        new("CC1013", "url off the source's domains", t => { t.Lines[6] = "url: https://www.other-outlet.example/news/" + t.Index.ToString(CultureInfo.InvariantCulture); return (t.Path, 7); }),
        new("CC1013", "url without scheme", t => { t.Lines[6] = "url: " + t.Value(7).Substring("https://".Length); return (t.Path, 7); }),
        new("CC1014", "slug with capitals and underscores", t =>
        {
            var slash = t.Path.LastIndexOf('/') + 1;
            t.Path = t.Path.Substring(0, slash) + t.Path.Substring(slash).Replace('-', '_').ToUpperInvariant().Replace(".MD", ".md");
            return (t.Path, 1);
        }),

        // CC2xxx: dates
        new("CC2001", "impossible date", t => { t.Lines[5] = "published: 2008-13-45"; return (t.Path, 6); }),
        new("CC2002", "date-time without offset", t => { t.Lines[5] = t.Lines[5].Replace("+00:00", string.Empty); return (t.Path, 6); }),
        new("CC2003", "published in the future", t =>
        {
            t.Lines[5] = "published: 2031-05-04T10:00:00+00:00";
            t.Path = Redate(t.Path, "2031/05/04");
            return (t.Path, 6);
        }),
        new("CC2004", "updated before published", t => { t.Lines.Insert(6, "updated: 1999-01-01T00:00:00+00:00"); return (t.Path, 7); }),
        new("CC2005", "folder date differs", t =>
        {
            var day = int.Parse(t.Path.Substring(17, 2), CultureInfo.InvariantCulture);
            t.Path = t.Path.Substring(0, 17) + (day == 1 ? "02" : "01") + t.Path.Substring(19);
            return (t.Path, 6);
        }),
        new("CC2006", "weekday, day month year", t => Weekday(t, (w, d) => $"{w}, {d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}")),
        new("CC2006", "weekday, month day, year", t => Weekday(t, (w, d) => $"{w}, {d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}")),
        new("CC2006", "weekday, abbreviated month, no year", t => Weekday(t, (w, d) => $"{w}, {Abbreviated(d)} {d.Day.ToString(CultureInfo.InvariantCulture)}")),
        new("CC2006", "weekday day month, no comma", t => Weekday(t, (w, d) => $"{w} {d.ToString("d MMMM", CultureInfo.InvariantCulture)}")),
        new("CC2007", "published before the source was founded", t =>
        {
            t.Lines[5] = "published: 1985-06-03T09:00:00+00:00";
            t.Path = Redate(t.Path, "1985/06/03");
            return (t.Path, 6);
        }),

        // CC3xxx: attribution
        new("CC3001", "placeholder byline", t => { t.Lines[3] = "authors: [Staff]"; return (t.Path, 4); }),
        new("CC3002", "curly quotation alone in its paragraph", t => (t.Path, t.InsertParagraph($"“{Words(t.Index, 10)}.”"))),
        new("CC3002", "straight quotation inside a sentence", t => (t.Path, t.InsertParagraph($"The plan offers \"{Words(t.Index, 8)}\" and little else."))),
        new("CC3002", "quotation over two paragraphs", t => (t.Path, t.InsertParagraph($"“{Words(t.Index, 9)}.", string.Empty, $"“{Words(t.Index + 1, 9)}.”"))),
        new("CC3005", "a name and its alias", t =>
        {
            var (name, alias) = SyntheticCorpus.Aliased[t.Index % SyntheticCorpus.Aliased.Count];
            t.InsertParagraph($"{name} arrived in the capital on time.", string.Empty, $"{alias} left the next morning.");
            return (t.Path, FirstBodyLine + 2);
        }),

        new("CC3004", "byline left in the body", t => (t.Path, t.InsertParagraph("By Ivan Petrov, Xinhua"))),
        new("CC3006", "quoted person not in people.yml", t => (t.Path, t.InsertParagraph($"“{Words(t.Index, 10)},” said Viktor Kremenyuk."))),

        // CC4xxx: hygiene
        new("CC4001", "server-side include error", t => (t.Path, t.InsertParagraph("[an error occurred while processing this directive]"))),
        new("CC4001", "run of menu words", t => (t.Path, t.InsertParagraph("Americas Africa Europe Middle East South Asia Asia Pacific"))),
        new("CC4001", "media line", t => (t.Path, t.InsertParagraph("watch One-Minute World News"))),
        new("CC4001", "teaser links after the story", t =>
        {
            var end = t.Lines.Count - 1;
            t.Lines.InsertRange(end, new[] { string.Empty, "Has the summit plan collapsed?", "How the oldest treaty defied an empire" });
            t.LastLine = end + 3; // each teaser line is a leftover of its own
            return (t.Path, end + 2);
        }),
        new("CC4002", "raw HTML inline", t => (t.Path, t.InsertParagraph($"The committee met <span class=\"note\">{Words(t.Index, 4)}</span> today."))),
        new("CC4003", "mojibake", t => (t.Path, t.InsertParagraph($"The committee {(t.Index % 2 == 0 ? "didnâ€™t" : "â€œstudiedâ€\u009D")} {Words(t.Index, 6)}."))),
        new("CC4004", "decomposed accent", t => (t.Path, t.InsertParagraph($"The cafe\u0301 hosted {Words(t.Index, 6)}."))),
        new("CC4005", "zero-width space in a word", t => (t.Path, t.InsertParagraph($"The commit\u200Btee met {Words(t.Index, 6)}."))),

        new("CC4006", "heading with no text under it", t => (t.Path, t.InsertParagraph("## Borvis talpen", string.Empty, "## Pendan sulket"))),
        new("CC4007", "link to an article that does not exist", t => (t.Path, t.InsertParagraph($"See [the earlier report](../../../2001/01/01/missing-story.md) for {Words(t.Index, 5)}."))),

        // CC5xxx: corpus
        new("CC5001", "the same url twice", t =>
        {
            t.CompanionLines[2] = t.Lines[2];
            t.CompanionLines[6] = t.Lines[6];
            return t.Later(7, 7);
        }),
        new("CC5002", "the same slug twice", t =>
        {
            t.CompanionPath = t.CompanionPath.Substring(0, t.CompanionPath.LastIndexOf('/') + 1) + t.Path.Substring(t.Path.LastIndexOf('/') + 1);
            return t.Later(2, 2);
        }),
        new("CC5003", "the same body twice", t =>
        {
            t.CompanionLines.RemoveRange(12, t.CompanionLines.Count - 12);
            t.CompanionLines.AddRange(t.Lines.Skip(12));
            return t.Later(FirstBodyLine, FirstBodyLine);
        }),
        new("CC5004", "a body copied with a few words changed", t =>
        {
            t.CompanionLines.RemoveRange(12, t.CompanionLines.Count - 12);
            var body = t.Lines.Skip(12).ToList();
            // One word changed in each of the first two paragraphs: the same story, lightly edited.
            foreach (var i in Enumerable.Range(0, body.Count).Where(i => body[i].Length > 0 && !body[i].StartsWith("#", StringComparison.Ordinal)).Take(2).ToList())
            {
                body[i] = Reword(body[i]);
            }
            t.CompanionLines.AddRange(body);
            return t.Later(FirstBodyLine, FirstBodyLine);
        }),
    };

    /// <summary>Applies <paramref name="kind"/> and returns the files to write (the article, and its companion when
    /// the kind used one) and the ground truth.</summary>
    public static (IReadOnlyList<(string Path, string Text)> Files, InjectedFault Fault) Inject(Kind kind, FaultTarget target)
    {
        var (path, line) = kind.Apply(target);
        var files = new List<(string, string)> { (target.Path, string.Join("\n", target.Lines)) };
        if (target.UsesCompanion)
        {
            files.Add((target.CompanionPath, string.Join("\n", target.CompanionLines)));
        }
        return (files, new InjectedFault(kind.RuleId, path, line, kind.Name, target.LastLine));
    }

    /// <summary>A paragraph naming a date near the article's publication with the wrong weekday, in one form.</summary>
    private static (string, int) Weekday(FaultTarget t, Func<string, DateTime, string> form)
    {
        var published = DateTime.ParseExact(t.Value(6).Substring(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var date = published.AddDays(-(1 + t.Index % 5));
        var wrong = Weekdays[((int)date.DayOfWeek + 1 + t.Index % 6) % 7];
        return (t.Path, t.InsertParagraph($"The talks resumed on {form(wrong, date)} after a pause of {Words(t.Index, 4)}."));
    }

    private static string Abbreviated(DateTime date) =>
        date.Month switch { 5 => "May", 6 => "June", 7 => "July", 9 => "Sept.", _ => date.ToString("MMM", CultureInfo.InvariantCulture) + "." };

    /// <summary>Pseudo-words that are no name, verb or date, so the inserted text triggers nothing but its rule.</summary>
    private static string Words(int seed, int count)
    {
        string[] syllables = { "bor", "tal", "pen", "vis", "mor", "dan", "sul", "ket", "ril", "fon" };
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            var a = (seed * 7 + i * 3) % syllables.Length;
            var b = (seed * 3 + i * 7 + 1) % syllables.Length;
            words[i] = syllables[a] + syllables[b];
        }
        return string.Join(" ", words);
    }

    /// <summary>The line with its middle word replaced.</summary>
    private static string Reword(string line)
    {
        var words = line.Split(' ');
        words[words.Length / 2] = "changed";
        return string.Join(" ", words);
    }

    private static string Redate(string path, string yyyyMMdd) => "articles/" + yyyyMMdd + path.Substring(path.LastIndexOf('/'));

    /// <summary>Swaps two letters in the middle of an id: a realistic typo with a near match.</summary>
    private static string Swap(string id)
    {
        var chars = id.ToCharArray();
        var i = chars.Length / 2;
        (chars[i], chars[i - 1]) = (chars[i - 1], chars[i]);
        return new string(chars);
    }
}
