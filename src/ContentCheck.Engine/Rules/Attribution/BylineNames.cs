using System.Runtime.CompilerServices;
using ContentCheck.Project;

namespace ContentCheck.Rules.Attribution;

/// <summary>
/// What a byline may hold that is not a person: an outlet (the article's source, any source of sources.yml,
/// a well-known agency) or a placeholder ("Staff", "Staff and agencies", "Xinhua correspondent").
/// Shared by CC3001 (authors) and CC3004 (a byline left in the body).
/// </summary>
internal static class BylineNames
{
    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal)
    {
        "staff", "staff writer", "staff writers", "staff reporter", "staff reporters", "staff correspondent", "correspondent",
        "our correspondent", "our correspondents", "reporter", "reporters", "editor", "editors", "the editors", "editorial staff",
        "news desk", "newsdesk", "web desk", "desk", "newsroom", "agencies", "agency", "wire", "wires", "wire service",
        "wire services", "admin", "administrator", "anonymous", "unknown", "n/a", "na", "none", "-", "—", "?", "tbd", "author",
    };

    private static readonly HashSet<string> Agencies = new(StringComparer.Ordinal)
    {
        "reuters", "ap", "associated press", "the associated press", "afp", "agence france-presse", "xinhua", "tass", "itar-tass",
        "interfax", "ria novosti", "dpa", "efe", "ansa", "kyodo", "yonhap", "upi", "pa", "press association", "bloomberg", "anadolu",
    };

    private static readonly string[] StaffSuffixes = { "staff", "staff writer", "staff reporter", "correspondent", "reporter", "desk", "news desk", "wire" };

    private static readonly string[] GenericOutletWords = { "news", "agency", "service", "network", "corporation", "online" };

    /// <summary>Whether <paramref name="value"/> names no person (see the class summary).</summary>
    public static bool IsPlaceholder(string value, ContentProject project, string? sourceId)
    {
        var n = Normalize(value);
        if (n.Length == 0 || Placeholders.Contains(n) || IsOutlet(n, project, sourceId))
        {
            return true;
        }
        var parts = n.Split(new[] { " and ", " & ", ", ", "/" }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1 && parts.All(p => IsPlaceholder(p, project, sourceId)))
        {
            return true; // "Staff and agencies", "Reuters/AFP"
        }
        foreach (var suffix in StaffSuffixes)
        {
            if (EndsWithWord(n, suffix) && IsOutlet(n.Substring(0, n.Length - suffix.Length - 1), project, sourceId))
            {
                return true; // "Xinhua correspondent", "BBC News staff"
            }
        }
        return false;
    }

    private static bool IsOutlet(string n, ContentProject project, string? sourceId) =>
        Agencies.Contains(n) || (sourceId is not null && n == Normalize(sourceId))
        || (project.Sources is { } sources && OutletNamesOf(sources).Contains(n));

    // The normalized names of sources.yml's outlets, read once per registry: bylines are checked for every author of
    // every article, and normalizing every source's names each time was most of this rule's allocations.
    private static readonly ConditionalWeakTable<Registry, HashSet<string>> OutletNames = new();

    private static HashSet<string> OutletNamesOf(Registry sources) => OutletNames.GetValue(sources, static registry =>
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in registry.Entries)
        {
            foreach (var name in new[] { source.Id, source.GetText("name"), source.GetText("credit")?.Replace("©", string.Empty) })
            {
                if (name is not null)
                {
                    var normalized = Normalize(name);
                    names.Add(normalized);
                    names.Add(WithoutGenericWords(normalized));
                }
            }
        }
        return names;
    });

    /// <summary>"xinhua news agency" → "xinhua", "bbc news" → "bbc".</summary>
    private static string WithoutGenericWords(string name)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var word in GenericOutletWords)
            {
                if (EndsWithWord(name, word))
                {
                    name = name.Substring(0, name.Length - word.Length - 1);
                    changed = true;
                }
            }
        }
        return name;
    }

    /// <summary>Whether <paramref name="text"/> ends with a space and <paramref name="word"/>.</summary>
    private static bool EndsWithWord(string text, string word) =>
        text.Length > word.Length && text[text.Length - word.Length - 1] == ' ' && text.EndsWith(word, StringComparison.Ordinal);

    /// <summary>Lower case, single spaces, no trailing full stop.</summary>
    public static string Normalize(string value) =>
        string.Join(" ", value.ToLowerInvariant().Split(new[] { ' ', '\t', '\n', '\r', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
}
