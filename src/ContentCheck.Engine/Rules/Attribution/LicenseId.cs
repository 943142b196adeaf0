namespace ContentCheck.Rules.Attribution;

/// <summary>
/// The values <c>license</c> accepts: <c>proprietary</c>, <c>public-domain</c>, or an SPDX-like license expression —
/// ids of letters, digits, '.', '-' and '+' (with a version or a hyphen, or one of the common short ids such as MIT),
/// <c>LicenseRef-...</c>, joined by AND, OR, WITH and parentheses. No SPDX list ships with the engine: the check
/// catches prose ("All rights reserved", "CC BY 4.0"), not an id SPDX does not know.
/// </summary>
internal static class LicenseId
{
    /// <summary>The licenses a news corpus meets most, for did-you-mean.</summary>
    public static readonly string[] Common =
    {
        "proprietary", "public-domain", "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC-BY-ND-4.0",
        "CC-BY-NC-ND-4.0", "CC-BY-3.0", "CC-BY-SA-3.0", "CC0-1.0", "OGL-UK-3.0", "ODbL-1.0", "PDDL-1.0", "GFDL-1.3",
        "MIT", "Apache-2.0", "ISC", "Unlicense",
    };

    private static readonly HashSet<string> ShortIds = new(StringComparer.OrdinalIgnoreCase) { "MIT", "ISC", "Unlicense", "WTFPL", "Zlib", "Beerware", "curl", "JSON" };

    /// <summary>Whether <paramref name="value"/> is an accepted license value.</summary>
    public static bool IsValid(string value)
    {
        var v = value.Trim();
        if (v is "proprietary" or "public-domain")
        {
            return true;
        }
        var tokens = v.Replace("(", " ( ").Replace(")", " ) ").Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        var expectId = true;
        var depth = 0;
        foreach (var token in tokens)
        {
            if (token == "(" && expectId)
            {
                depth++;
            }
            else if (token == ")" && !expectId && depth > 0)
            {
                depth--;
            }
            else if (expectId && IsId(token))
            {
                expectId = false;
            }
            else if (!expectId && token is "AND" or "OR" or "WITH" or "and" or "or" or "with")
            {
                expectId = true;
            }
            else
            {
                return false;
            }
        }
        return tokens.Length > 0 && !expectId && depth == 0;
    }

    private static bool IsId(string token)
    {
        if (token.StartsWith("LicenseRef-", StringComparison.Ordinal) || token.StartsWith("DocumentRef-", StringComparison.Ordinal))
        {
            return token.Length > 11;
        }
        if (!char.IsLetter(token[0]) || token.Any(c => !(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-' or '+')))
        {
            return false;
        }
        return ShortIds.Contains(token) || token.Any(char.IsDigit) || token.IndexOf('-') > 0;
    }
}
