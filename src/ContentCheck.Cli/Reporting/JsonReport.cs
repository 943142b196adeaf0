using System.Text.Encodings.Web;
using System.Text.Json;
using ContentCheck.Diagnostics;

namespace ContentCheck.Cli.Reporting;

/// <summary>
/// A JSON array, one object per diagnostic, in the run's deterministic order. Field names and their order are part of
/// the tool's contract: <c>id, severity, message, path, line, column, endLine, endColumn, helpUri</c>. Paths are
/// relative to the content root with <c>/</c> separators; lines and columns are one-based, the end exclusive.
/// </summary>
internal static class JsonReport
{
    public static void Write(TextWriter output, IEnumerable<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            // Articles are full of typographic quotes and accents: keep them readable rather than \u-escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartArray();
            foreach (var diagnostic in diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden))
            {
                var span = diagnostic.Location.LineSpan;
                json.WriteStartObject();
                json.WriteString("id", diagnostic.Id);
                json.WriteString("severity", TextReport.SeverityText(diagnostic.Severity));
                json.WriteString("message", diagnostic.GetMessage());
                json.WriteString("path", diagnostic.Location.Path);
                json.WriteNumber("line", span.Start.Line + 1);
                json.WriteNumber("column", span.Start.Character + 1);
                json.WriteNumber("endLine", span.End.Line + 1);
                json.WriteNumber("endColumn", span.End.Character + 1);
                json.WriteString("helpUri", diagnostic.Descriptor.HelpLinkUri);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n"));
    }
}
