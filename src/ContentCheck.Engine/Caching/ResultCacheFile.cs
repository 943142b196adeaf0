using System.Globalization;
using System.Text;
using ContentCheck.Diagnostics;
using ContentCheck.Text;

namespace ContentCheck.Caching;

/// <summary>
/// The build cache in <c>obj/</c>: a fingerprint, the article count and every reported diagnostic, in a small
/// line-based text format (one diagnostic a line, tab-separated, tabs and newlines escaped). Text, not binary,
/// so a curious user can read it; versioned, so a new tool never misreads an old file.
/// </summary>
public static class ResultCacheFile
{
    private const string Header = "contentcheck-cache v1";

    /// <summary>What the cache holds.</summary>
    /// <param name="Fingerprint">The fingerprint of the run that wrote it.</param>
    /// <param name="ArticleCount">How many articles that run analyzed.</param>
    /// <param name="Diagnostics">What it reported, in order.</param>
    public sealed record Content(string Fingerprint, int ArticleCount, IReadOnlyList<ReportedDiagnostic> Diagnostics);

    /// <summary>Writes the cache atomically (temp file + move), so a cancelled build never leaves half a cache.</summary>
    public static void Write(string path, Content content)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        text.Append(content.Fingerprint).Append('\n');
        text.Append(content.ArticleCount.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var d in content.Diagnostics)
        {
            text.Append(Escape(d.Id)).Append('\t')
                .Append(((int)d.Severity).ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(Escape(d.Path)).Append('\t')
                .Append(d.LineSpan.Start.Line.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(d.LineSpan.Start.Character.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(d.LineSpan.End.Line.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(d.LineSpan.End.Character.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(Escape(d.HelpLink)).Append('\t')
                .Append(Escape(d.Message)).Append('\n');
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        File.Move(temporary, path);
    }

    /// <summary>Reads the cache; null when it is missing, of another version or damaged (then the run analyzes).</summary>
    public static Content? TryRead(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }
            var lines = File.ReadAllText(path, Encoding.UTF8).Split('\n');
            if (lines.Length < 3 || lines[0] != Header)
            {
                return null;
            }
            var count = int.Parse(lines[2], CultureInfo.InvariantCulture);
            var diagnostics = new List<ReportedDiagnostic>();
            for (var i = 3; i < lines.Length; i++)
            {
                if (lines[i].Length == 0)
                {
                    continue;
                }
                var f = lines[i].Split('\t');
                if (f.Length != 9)
                {
                    return null;
                }
                int N(int index) => int.Parse(f[index], CultureInfo.InvariantCulture);
                diagnostics.Add(new ReportedDiagnostic(Unescape(f[0]), (DiagnosticSeverity)N(1), Unescape(f[2]),
                    new LinePositionSpan(new LinePosition(N(3), N(4)), new LinePosition(N(5), N(6))), Unescape(f[8]), Unescape(f[7])));
            }
            return new Content(lines[1], count, diagnostics);
        }
        catch (Exception ex) when (ex is IOException or FormatException or OverflowException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    private static string Unescape(string value)
    {
        if (value.IndexOf('\\') < 0)
        {
            return value;
        }
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => value[i] });
            }
            else
            {
                text.Append(value[i]);
            }
        }
        return text.ToString();
    }
}
