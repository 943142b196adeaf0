using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContentCheck.Site.Pages;

/// <summary>JSON written with System.Text.Json's writer: <see cref="ForHtml"/> escapes &lt;, &gt;, &amp; and quotes so
/// the text is inert inside a <c>&lt;script&gt;</c> element; <see cref="DataEncoder"/> keeps non-ASCII text readable.</summary>
internal static class Json
{
    /// <summary>The JSON <paramref name="write"/> writes, as text escaped for an HTML page.</summary>
    public static string ForHtml(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        WriteHtmlSafe(stream, write);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>A script file's bytes: <paramref name="prefix"/>, the JSON <paramref name="write"/> writes (escaped as by
    /// <see cref="ForHtml"/>), then <paramref name="suffix"/>, all UTF-8. Written straight to bytes: the search index
    /// rewrites every shard on each build, and a string between the writer and the file tripled its allocations.</summary>
    public static byte[] Script(string prefix, Action<Utf8JsonWriter> write, string suffix)
    {
        using var stream = new MemoryStream();
        WriteUtf8(stream, prefix);
        WriteHtmlSafe(stream, write);
        WriteUtf8(stream, suffix);
        return stream.ToArray();
    }

    /// <summary>For data files read by programs, not browsers: only what JSON requires is escaped.</summary>
    public static JavaScriptEncoder DataEncoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // Letters of every script stay readable; the characters HTML gives meaning to are still escaped.
    private static readonly JavaScriptEncoder HtmlSafe = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static void WriteHtmlSafe(Stream stream, Action<Utf8JsonWriter> write)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = HtmlSafe });
        write(writer);
    }

    private static void WriteUtf8(Stream stream, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>A string array property, skipped when empty.</summary>
    public static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    /// <summary>A string property, skipped when null.</summary>
    public static void Optional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
