using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace ContentCheck.Rules.Hygiene.Leftovers;

/// <summary>
/// Whole-line patterns of web-page furniture: "watch ..." media links, "Last Updated: ..." stamps, sharing and
/// printing links, photo credits. Built once (compiled: they run on every short line of every article); the
/// patterns a repo configures with <c>contentcheck.CC4001.patterns</c> are compiled once per distinct value.
/// </summary>
internal static class BoilerplatePatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>Lines longer than this are prose, never furniture: the patterns are not even tried.</summary>
    public const int MaxLineLength = 160;

    /// <summary>The built-in patterns with what they find, as the message names it.</summary>
    public static IReadOnlyList<(Regex Pattern, string What)> BuiltIn { get; } = new[]
    {
        // "watch One-Minute World News": BBC writes its media links in lower case, which no sentence starts with.
        (new Regex(@"^(?:watch|listen|video|audio)\s+\S", RegexOptions.CultureInvariant | RegexOptions.Compiled), "a 'watch ...' media link"),
        (new Regex(@"^(?:watch|listen)(?:\s*:|\s+(?:the\s+)?(?:video|live|now|clip|report|interview|bulletin)\b)[^.]*$", Options), "a 'watch ...' media link"),
        (new Regex(@"^(?:video|audio|audio\s+slideshow|in\s+pictures|slideshow)\s*:", Options), "a media link"),
        (new Regex(@"^(?:(?:page\s+)?last\s+updated\b|(?:first\s+)?(?:updated|published|posted|modified)\s*:|(?:updated|published|posted)\s+(?:at|on)\s+[^.]*\d[^.]*$)", Options), "a 'Last updated' time stamp"),
        (new Regex(@"^(?:share(?:\s+this(?:\s+(?:article|story|page|on\s+\w+))?)?|print(?:\s+this(?:\s+(?:article|story|page))?)?|printable\s+version|e-?mail\s+this(?:\s+(?:article|story|page))?(?:\s+to\s+a\s+friend)?|send\s+(?:this\s+)?to\s+a\s+friend|bookmark\s+(?:this(?:\s+page)?|with)|related\s+(?:stories|articles|links|news|internet\s+links|content)|more\s+stories|top\s+of\s+page|back\s+to\s+top|advertisement|comments?\s*\(\d+\)|read\s+more|tweet|like\s+us\s+on\s+facebook|follow\s+us(?:\s+on\s+\w+)?|subscribe(?:\s+to\s+[\w\s]+)?|most\s+(?:popular|read|viewed|shared|e-?mailed)(?:\s+(?:stories|now))?|editors?'?\s+picks|you\s+may\s+also\s+like|recommended\s+stories|story\s+from\s+.+)\s*[:»>]?$", Options), "sharing or printing boilerplate"),
        (new Regex(@"^\(?(?:photo|picture|pic|image|file\s+photo|photograph)(?:\s+by)?\s*[:/]|^(?:photo|picture|image)\s+taken\s+on\b|\((?:xinhua|reuters|ap|afp|epa|getty(?:\s+images)?|(?:file\s+)?photo)(?:\s*/[^)]*)?\)$|^(?:ap|afp|epa|reuters|getty\s+images|xinhua)(?:\s+photo)?(?:\s*/\s*[\w .'-]+)*$", Options), "a photo caption or credit"),
    };

    private static readonly ConcurrentDictionary<string, IReadOnlyList<(Regex Pattern, string Source)>> Configured = new(StringComparer.Ordinal);

    /// <summary>
    /// The patterns of a <c>contentcheck.CC4001.patterns</c> value: alternatives separated by <c>|</c> (as Roslyn's
    /// analyzer options separate names), each matched against the whole trimmed line, case-insensitively, with
    /// <c>*</c> for any run of characters and <c>?</c> for one character. Cached: a corpus has a handful of values.
    /// </summary>
    public static IReadOnlyList<(Regex Pattern, string Source)> Parse(string? option)
    {
        if (string.IsNullOrWhiteSpace(option))
        {
            return Array.Empty<(Regex, string)>();
        }
        return Configured.GetOrAdd(option!, value => value
            .Split('|')
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .Select(p => (new Regex(GlobToRegex(p), Options), p))
            .ToList());
    }

    private static string GlobToRegex(string glob)
    {
        var pattern = new StringBuilder("^");
        foreach (var c in glob)
        {
            pattern.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                _ when char.IsWhiteSpace(c) => @"\s+",
                _ => Regex.Escape(c.ToString()),
            });
        }
        return pattern.Append('$').ToString();
    }
}
