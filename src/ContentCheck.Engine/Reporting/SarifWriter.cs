using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ContentCheck.Baseline;
using ContentCheck.Diagnostics;

namespace ContentCheck.Reporting;

/// <summary>
/// Writes a SARIF 2.1.0 log, the analogue of the C# compiler's <c>ErrorLog</c>: one run whose driver lists every
/// rule, and one result per diagnostic (suppressed and baselined ones included and marked) with a relative
/// location under <c>%SRCROOT%</c>, a 1-based region with its snippet, and a partial fingerprint. The output is
/// deterministic: no timestamps, no machine-specific data but the content root, rules and results in ordinal order.
/// </summary>
public static class SarifWriter
{
    /// <summary>The tool's name in the log.</summary>
    public const string ToolName = "ContentCheck";

    /// <summary>The tool's home page.</summary>
    public const string InformationUri = "https://github.com/contentcheck/contentcheck";

    /// <summary>The base id every artifact location is relative to.</summary>
    public const string SourceRootBaseId = "%SRCROOT%";

    /// <summary>Writes the log to <paramref name="stream"/> as UTF-8 (no byte order mark).</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="toolVersion">The tool's version, e.g. <c>0.1.0</c>.</param>
    /// <param name="descriptors">Every rule that ran (rules of the diagnostics are added when missing).</param>
    /// <param name="diagnostics">Every diagnostic of the run, including hidden, suppressed and baselined ones.</param>
    /// <param name="contentRoot">The folder diagnostic paths are relative to; it becomes <c>%SRCROOT%</c>.</param>
    /// <param name="baselineApplied">Whether a baseline was applied: then every result has a <c>baselineState</c>.</param>
    public static void Write(Stream stream, string toolVersion, IReadOnlyList<DiagnosticDescriptor> descriptors,
        IReadOnlyList<Diagnostic> diagnostics, string contentRoot, bool baselineApplied = false)
    {
        var rules = descriptors.Concat(diagnostics.Select(d => d.Descriptor))
            .GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var ordered = diagnostics.OrderBy(d => d, DiagnosticComparer.Instance).ToList();
        var fingerprints = DiagnosticFingerprint.Compute(ordered);

        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolName);
        json.WriteString("version", toolVersion);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(json, rule);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRootBaseId);
        json.WriteString("uri", DirectoryUri(contentRoot));
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        for (var i = 0; i < ordered.Count; i++)
        {
            WriteResult(json, ordered[i], ruleIndex[ordered[i].Id], fingerprints[i], baselineApplied);
        }
        json.WriteEndArray();

        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes the log to a text writer (LF line ends on every platform).</summary>
    public static void Write(TextWriter writer, string toolVersion, IReadOnlyList<DiagnosticDescriptor> descriptors,
        IReadOnlyList<Diagnostic> diagnostics, string contentRoot, bool baselineApplied = false)
    {
        using var stream = new MemoryStream();
        Write(stream, toolVersion, descriptors, diagnostics, contentRoot, baselineApplied);
        writer.Write(Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n"));
        writer.Write('\n');
    }

    /// <summary>Writes the log to a file, atomically (a failed build never leaves half a log).</summary>
    public static void WriteFile(string path, string toolVersion, IReadOnlyList<DiagnosticDescriptor> descriptors,
        IReadOnlyList<Diagnostic> diagnostics, string contentRoot, bool baselineApplied = false)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            Write(writer, toolVersion, descriptors, diagnostics, contentRoot, baselineApplied);
        }
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        File.Move(temporary, path);
    }

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", PascalCase(rule.Title));
        WriteMessage(json, "shortDescription", rule.Title);
        WriteMessage(json, "fullDescription", rule.Description);
        json.WriteString("helpUri", rule.HelpLinkUri);
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteBoolean("enabled", rule.IsEnabledByDefault);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex, string fingerprint, bool baselineApplied)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        // A baselined finding keeps the rule's level; baselineState says it is not new.
        json.WriteString("level", Level(diagnostic.BaselinedFrom ?? diagnostic.Severity));
        WriteMessage(json, "message", diagnostic.GetMessage());

        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", RelativeUri(diagnostic.Location.Path));
        json.WriteString("uriBaseId", SourceRootBaseId);
        json.WriteEndObject();
        var span = diagnostic.Location.LineSpan;
        json.WriteStartObject("region");
        json.WriteNumber("startLine", span.Start.Line + 1);
        json.WriteNumber("startColumn", span.Start.Character + 1);
        json.WriteNumber("endLine", span.End.Line + 1);
        json.WriteNumber("endColumn", span.End.Character + 1);
        if (diagnostic.Location.SourceSnippet.Length > 0)
        {
            WriteMessage(json, "snippet", diagnostic.Location.SourceSnippet);
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        if (diagnostic.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", suppression.Kind == SuppressionKind.InSource ? "inSource" : "external");
            if (suppression.Justification is { } justification)
            {
                json.WriteString("justification", justification);
            }
            json.WriteEndObject();
            json.WriteEndArray();
        }
        if (baselineApplied || diagnostic.IsBaselined)
        {
            json.WriteString("baselineState", diagnostic.IsBaselined ? "unchanged" : "new");
        }
        json.WriteStartObject("partialFingerprints");
        json.WriteString(DiagnosticFingerprint.SarifKey, fingerprint);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>SARIF's levels: error, warning, note, none.</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>A rule's SARIF name: its title in PascalCase ("Article has no front matter" → ArticleHasNoFrontMatter).</summary>
    public static string PascalCase(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var word in title.Split(new[] { ' ', '-', '_', '\'', '.', ',', ':', '/', '(', ')' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (letters.Length > 0)
            {
                builder.Append(char.ToUpperInvariant(letters[0])).Append(letters.Substring(1));
            }
        }
        return builder.ToString();
    }

    /// <summary>A content-relative path as a relative URI reference: each segment percent-encoded, <c>/</c> kept.</summary>
    public static string RelativeUri(string path) =>
        string.Join("/", path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    /// <summary>The absolute <c>file:</c> URI of a folder, ending with <c>/</c> as SARIF requires of a base.</summary>
    public static string DirectoryUri(string directory)
    {
        var full = Path.GetFullPath(directory).Replace('\\', '/');
        return new Uri(full.EndsWith("/", StringComparison.Ordinal) ? full : full + "/").AbsoluteUri;
    }
}
