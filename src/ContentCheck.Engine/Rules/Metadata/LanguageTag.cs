using System.Text.RegularExpressions;

namespace ContentCheck.Rules.Metadata;

/// <summary>
/// BCP 47 (RFC 5646) well-formedness: <c>language[-extlang][-script][-region][-variant]*[-extension]*[-x-private]</c>,
/// a private-use tag (<c>x-...</c>) or one of the grandfathered tags. Only 2–3 letter language subtags are
/// accepted: 4 letters are reserved and no 5–8 letter language is registered, so <c>english</c>, though it fits
/// the grammar's letter count, is no language tag any reader understands.
/// </summary>
internal static class LanguageTag
{
    private static readonly Regex WellFormed = new(
        @"^(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*(?:-x(?:-[a-z0-9]{1,8})+)?|x(?:-[a-z0-9]{1,8})+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // RFC 5646 section 2.2.8: irregular and regular grandfathered tags, valid as whole tags only.
    private static readonly HashSet<string> Grandfathered = new(StringComparer.OrdinalIgnoreCase)
    {
        "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo",
        "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE",
        "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang",
    };

    // Language names people write instead of the code: English names and the usual endonyms.
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["english"] = "en", ["french"] = "fr", ["francais"] = "fr", ["français"] = "fr", ["german"] = "de", ["deutsch"] = "de",
        ["spanish"] = "es", ["espanol"] = "es", ["español"] = "es", ["castellano"] = "es", ["italian"] = "it", ["italiano"] = "it",
        ["portuguese"] = "pt", ["portugues"] = "pt", ["português"] = "pt", ["dutch"] = "nl", ["nederlands"] = "nl",
        ["russian"] = "ru", ["russkiy"] = "ru", ["русский"] = "ru", ["chinese"] = "zh", ["mandarin"] = "zh", ["中文"] = "zh",
        ["japanese"] = "ja", ["日本語"] = "ja", ["korean"] = "ko", ["arabic"] = "ar", ["hebrew"] = "he", ["hindi"] = "hi",
        ["urdu"] = "ur", ["bengali"] = "bn", ["persian"] = "fa", ["farsi"] = "fa", ["turkish"] = "tr", ["greek"] = "el",
        ["polish"] = "pl", ["polski"] = "pl", ["ukrainian"] = "uk", ["czech"] = "cs", ["swedish"] = "sv", ["svenska"] = "sv",
        ["norwegian"] = "no", ["danish"] = "da", ["dansk"] = "da", ["finnish"] = "fi", ["suomi"] = "fi", ["hungarian"] = "hu",
        ["romanian"] = "ro", ["bulgarian"] = "bg", ["serbian"] = "sr", ["croatian"] = "hr", ["vietnamese"] = "vi", ["thai"] = "th",
        ["indonesian"] = "id", ["malay"] = "ms", ["swahili"] = "sw", ["tagalog"] = "tl", ["filipino"] = "fil", ["catalan"] = "ca",
        ["welsh"] = "cy", ["irish"] = "ga", ["latin"] = "la",
    };

    /// <summary>Whether <paramref name="tag"/> is a well-formed BCP 47 tag (case-insensitive, as the RFC says).</summary>
    public static bool IsWellFormed(string tag) => Grandfathered.Contains(tag) || WellFormed.IsMatch(tag);

    /// <summary>The tag the writer probably meant (<c>en_GB</c> → <c>en-GB</c>, <c>English</c> → <c>en</c>), or null.</summary>
    public static string? Suggest(string written)
    {
        var parts = written.Trim().Split(new[] { '-', '_', ' ', '.' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }
        if (Names.TryGetValue(parts[0], out var code))
        {
            parts[0] = code;
        }
        var candidate = CanonicalCase(parts);
        return IsWellFormed(candidate) ? candidate : null;
    }

    /// <summary>RFC 5646's recommended case: language lower, script title, region upper (before any singleton).</summary>
    private static string CanonicalCase(string[] parts)
    {
        var result = new string[parts.Length];
        var afterSingleton = false;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].ToLowerInvariant();
            afterSingleton |= part.Length == 1;
            if (i > 0 && !afterSingleton && part.Length == 4 && part.All(char.IsLetter))
            {
                part = char.ToUpperInvariant(part[0]) + part.Substring(1);
            }
            else if (i > 0 && !afterSingleton && part.Length == 2)
            {
                part = part.ToUpperInvariant();
            }
            result[i] = part;
        }
        return string.Join("-", result);
    }
}
