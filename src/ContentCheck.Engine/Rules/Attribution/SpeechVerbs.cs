using System.Collections.Concurrent;

namespace ContentCheck.Rules.Attribution;

/// <summary>The verbs (and phrases such as "according to") that attribute speech. Newsrooms add their own
/// with <c>contentcheck.CC3002.speech_verbs = quipped, put it</c>, which extends the defaults.</summary>
internal sealed class SpeechVerbs
{
    /// <summary>The default verbs, in every form news copy uses.</summary>
    public static readonly string[] DefaultVerbs =
    {
        "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "adding", "asked", "asks", "asking",
        "insisted", "insists", "insisting", "according to", "stated", "stating", "warned", "warns", "warning",
        "noted", "notes", "noting", "explained", "explains", "explaining", "argued", "argues", "arguing", "declared",
        "declares", "declaring", "replied", "replies", "answered", "responded", "continued", "recalled", "remarked",
        "commented", "claimed", "claims", "claiming", "admitted", "admits", "acknowledged", "conceded", "announced",
        "announces", "confirmed", "denied", "stressed", "stresses", "emphasised", "emphasized", "urged", "wrote", "writes",
        "quipped", "observed", "predicted", "suggested", "suggests", "reported", "reports", "cautioned", "pointed out",
        "went on", "concluded", "complained", "vowed", "promised", "described", "called", "quoted", "quoting",
    };

    private static readonly ConcurrentDictionary<string, SpeechVerbs> Configured = new(StringComparer.Ordinal);

    private readonly HashSet<string> _single = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string[]> _phrases = new();

    private SpeechVerbs(IEnumerable<string> verbs)
    {
        foreach (var verb in verbs)
        {
            var words = verb.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 1)
            {
                _single.Add(words[0]);
            }
            else if (words.Length > 1)
            {
                _phrases.Add(words);
            }
        }
    }

    /// <summary>The defaults.</summary>
    public static SpeechVerbs Default { get; } = new(DefaultVerbs);

    /// <summary>The defaults plus the comma-separated <paramref name="option"/> (parsed once per distinct value).</summary>
    public static SpeechVerbs With(string? option) =>
        string.IsNullOrWhiteSpace(option)
            ? Default
            : Configured.GetOrAdd(option!, static o => new SpeechVerbs(DefaultVerbs.Concat(o.Split(',').Select(v => v.Trim()))));

    /// <summary>The number of words of the verb that starts at token <paramref name="t"/>, or 0.</summary>
    public int MatchAt(IReadOnlyList<string?> words, int t)
    {
        if (words[t] is not { } word)
        {
            return 0;
        }
        foreach (var phrase in _phrases)
        {
            if (t + phrase.Length <= words.Count && string.Equals(phrase[0], word, StringComparison.OrdinalIgnoreCase))
            {
                var all = true;
                for (var k = 1; k < phrase.Length && all; k++)
                {
                    all = string.Equals(phrase[k], words[t + k], StringComparison.OrdinalIgnoreCase);
                }
                if (all)
                {
                    return phrase.Length;
                }
            }
        }
        return _single.Contains(word) ? 1 : 0;
    }
}
