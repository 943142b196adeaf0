using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ContentCheck.Diagnostics;

namespace ContentCheck.Baseline;

/// <summary>
/// A baseline: the findings a corpus already had when it adopted ContentCheck. Later runs report those as messages
/// and only new findings as warnings and errors. The file is JSON, sorted by path, rule and fingerprint (never by
/// line, so moving text does not churn it), one entry per warning or error that is not suppressed.
/// </summary>
public sealed class BaselineFile
{
    /// <summary>The format version this code reads and writes.</summary>
    public const int FormatVersion = 1;

    private BaselineFile(IReadOnlyList<BaselineEntry> entries) => Entries = entries;

    /// <summary>The known findings, sorted.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>Records the warnings and errors of <paramref name="diagnostics"/> (pass a whole run: fingerprints
    /// count occurrences within it) at <paramref name="path"/>, atomically.</summary>
    public static void Write(string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, Serialize(diagnostics), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        File.Move(temporary, path);
    }

    /// <summary>The text <see cref="Write"/> writes (LF line ends on every platform).</summary>
    public static string Serialize(IReadOnlyList<Diagnostic> diagnostics)
    {
        var fingerprints = DiagnosticFingerprint.Compute(diagnostics);
        var entries = diagnostics
            .Select((d, i) => (Diagnostic: d, Fingerprint: fingerprints[i]))
            .Where(x => !x.Diagnostic.IsSuppressed && (x.Diagnostic.BaselinedFrom ?? x.Diagnostic.Severity) >= DiagnosticSeverity.Warning)
            .Select(x => new BaselineEntry(x.Diagnostic.Location.Path, x.Diagnostic.Id, x.Fingerprint, x.Diagnostic.GetMessage()))
            .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.RuleId, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteString("description", "ContentCheck baseline: these known findings are reported as messages, not as warnings or errors. Rewrite it with: dotnet build -p:ContentCheckUpdateBaseline=true");
            json.WriteStartArray("findings");
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                json.WriteString("path", entry.Path);
                json.WriteString("ruleId", entry.RuleId);
                json.WriteString("fingerprint", entry.Fingerprint);
                json.WriteString("message", entry.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    /// <summary>Reads a baseline file.</summary>
    /// <exception cref="InvalidDataException">The file is not a baseline this version can read; the message says why.</exception>
    public static BaselineFile Read(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Reads baseline text; <paramref name="path"/> only names it in errors.</summary>
    /// <exception cref="InvalidDataException">The text is not a baseline this version can read.</exception>
    public static BaselineFile Parse(string text, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != FormatVersion)
            {
                throw new InvalidDataException($"{path} is not a ContentCheck baseline of version {FormatVersion}; delete it and rewrite it with -p:ContentCheckUpdateBaseline=true");
            }
            var entries = new List<BaselineEntry>();
            if (root.TryGetProperty("findings", out var findings) && findings.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in findings.EnumerateArray())
                {
                    entries.Add(new BaselineEntry(Text(item, "path"), Text(item, "ruleId"), Text(item, "fingerprint"), Text(item, "message")));
                }
            }
            return new BaselineFile(entries);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not valid JSON ({ex.Message}); fix it or rewrite it with -p:ContentCheckUpdateBaseline=true", ex);
        }
    }

    /// <summary>Demotes the findings this baseline knows and lists the entries nothing matched any more.</summary>
    /// <param name="diagnostics">A whole run, as given to <see cref="Write"/> (fingerprints count occurrences in it).</param>
    public BaselineResult Apply(IReadOnlyList<Diagnostic> diagnostics)
    {
        var unmatched = new Dictionary<(string, string, string), BaselineEntry>();
        foreach (var entry in Entries)
        {
            unmatched[(entry.Path, entry.RuleId, entry.Fingerprint)] = entry;
        }
        var fingerprints = DiagnosticFingerprint.Compute(diagnostics);
        var result = new Diagnostic[diagnostics.Count];
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var diagnostic = diagnostics[i];
            var key = (diagnostic.Location.Path, diagnostic.Id, fingerprints[i]);
            // A suppressed finding no longer needs its entry: leaving it unmatched reports the entry as removable.
            result[i] = !diagnostic.IsSuppressed && unmatched.Remove(key)
                ? diagnostic.AsBaselined(diagnostic.Severity > DiagnosticSeverity.Info ? DiagnosticSeverity.Info : diagnostic.Severity)
                : diagnostic;
        }
        var removable = unmatched.Values
            .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.RuleId, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToList();
        return new BaselineResult(result, removable);
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}
