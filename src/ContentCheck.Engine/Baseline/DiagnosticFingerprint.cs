using System.Security.Cryptography;
using System.Text;
using ContentCheck.Diagnostics;

namespace ContentCheck.Baseline;

/// <summary>
/// The identity of a finding across edits, as SARIF's <c>partialFingerprints</c>: the rule, the file, the offending
/// text with whitespace collapsed, and its occurrence index among findings with the same three. Lines and columns
/// are not part of it, so a finding keeps its identity when text moves above it.
/// </summary>
public static class DiagnosticFingerprint
{
    /// <summary>The SARIF <c>partialFingerprints</c> key whose value this is.</summary>
    public const string SarifKey = "contentcheck/v1";

    /// <summary>The fingerprint of each diagnostic, in the order given. The occurrence index counts, in file order,
    /// the diagnostics of the same list that share rule, path and text, so compute over the whole run.</summary>
    public static IReadOnlyList<string> Compute(IReadOnlyList<Diagnostic> diagnostics)
    {
        var hashes = diagnostics.Select(Hash).ToArray();
        var order = Enumerable.Range(0, diagnostics.Count)
            .OrderBy(i => diagnostics[i], DiagnosticComparer.Instance).ThenBy(i => i).ToArray();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new string[diagnostics.Count];
        foreach (var i in order)
        {
            seen.TryGetValue(hashes[i], out var index);
            seen[hashes[i]] = index + 1;
            result[i] = hashes[i] + ":" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return result;
    }

    /// <summary>Whitespace runs collapsed to one space, trimmed: re-wrapping a paragraph keeps the identity.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static string Hash(Diagnostic diagnostic)
    {
        // An empty span (a missing field) has no text of its own; its message tells such findings apart.
        var text = Normalize(diagnostic.Location.SourceSnippet);
        if (text.Length == 0)
        {
            text = "message:" + Normalize(diagnostic.GetMessage());
        }
        using var sha = SHA256.Create();
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(diagnostic.Id + "\n" + diagnostic.Location.Path + "\n" + text));
        var hex = new StringBuilder(32);
        for (var i = 0; i < 16; i++)
        {
            hex.Append(bytes[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return hex.ToString();
    }
}
