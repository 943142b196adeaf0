using ContentCheck.Project;

namespace ContentCheck.Rules.Attribution;

/// <summary>Reads a byline line: "By Liao Lei, Xinhua", "By Rupert Wingfield-Hayes", "BY JANE DOE AND JOHN ROE, Moscow".</summary>
internal static class Byline
{
    private const int MaxWords = 12;

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "da", "di", "du", "del", "van", "von", "der", "bin", "al", "el", "la", "le" };

    /// <summary>The people a byline line names (outlets, places and placeholders left out), or none when the
    /// line is not a byline: it must start with "By ", hold only capitalized words and name at least one person.</summary>
    public static IReadOnlyList<string> Parse(string line, ContentProject project, string? sourceId, string? dateline)
    {
        if (!(line.StartsWith("By ", StringComparison.Ordinal) || line.StartsWith("BY ", StringComparison.Ordinal)))
        {
            return Array.Empty<string>();
        }
        var rest = line.Substring(3).Trim();
        var words = rest.Split(new[] { ' ', '\t', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxWords || rest.EndsWith(".", StringComparison.Ordinal) && !EndsWithInitial(rest))
        {
            return Array.Empty<string>();
        }
        var names = new List<string>();
        foreach (var segment in rest.Split(new[] { ",", ";", " and ", " AND ", " & " }, StringSplitOptions.RemoveEmptyEntries))
        {
            var segmentWords = segment.Split(new[] { ' ', '\t', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries);
            if (segmentWords.Length == 0)
            {
                continue;
            }
            if (segmentWords.Any(w => !char.IsUpper(w[0]) && !Particles.Contains(w)))
            {
                return Array.Empty<string>(); // "By Tuesday, the talks had failed": prose, not a byline
            }
            var name = string.Join(" ", segmentWords);
            var isPerson = segmentWords.Length >= 2
                && !segmentWords.Any(w => SpeakerWords.NotPersons.Contains(w))
                && !BylineNames.IsPlaceholder(name, project, sourceId)
                && !string.Equals(name, dateline, StringComparison.OrdinalIgnoreCase);
            if (isPerson)
            {
                names.Add(name);
            }
        }
        return names;
    }

    private static bool EndsWithInitial(string text) => text.Length >= 2 && char.IsUpper(text[text.Length - 2]) && (text.Length == 2 || text[text.Length - 3] == ' ');
}
