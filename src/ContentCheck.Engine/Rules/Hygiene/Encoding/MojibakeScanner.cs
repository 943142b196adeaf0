using System.Text;
using ContentCheck.Text;

namespace ContentCheck.Rules.Hygiene.Encoding;

/// <summary>A run of mojibake and the text it most likely stood for.</summary>
/// <param name="Span">The damaged characters.</param>
/// <param name="Intended">The repaired text.</param>
/// <param name="LostByte">Whether a byte of the original was lost ("â€" without its third character), so the
/// repair is a best guess.</param>
internal readonly record struct MojibakeRun(TextSpan Span, string Intended, bool LostByte);

/// <summary>
/// Finds UTF-8 text that was decoded as Windows-1252 or Latin-1 ("â€œ" for “, "Ã©" for é, "Â " for a no-break
/// space) and repairs it the way it broke, backwards: each character back to its Windows-1252 byte, the bytes
/// decoded as UTF-8. A sequence counts only when its bytes are valid UTF-8 (a lead byte and the right number
/// of continuation bytes, no overlong form), which real text in Latin scripts almost never spells by chance.
/// Windows-1252 is a table of 32 characters here rather than System.Text.Encoding.CodePages: no dependency,
/// no process-wide provider registration, and the bytes it leaves undefined behave as Latin-1 (U+0081...).
/// </summary>
internal static class MojibakeScanner
{
    /// <summary>Windows-1252 bytes 0x80–0x9F; the five undefined ones map to themselves, as decoders leave them.</summary>
    private const string HighHalf =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>How many times a repair is repeated for text that was mis-decoded twice ("Ã¢â‚¬Å“").</summary>
    private const int MaxRepairs = 3;

    /// <summary>The mojibake runs of <paramref name="text"/> in [start, end), in order.</summary>
    public static List<MojibakeRun> Scan(string text, int start, int end)
    {
        var runs = new List<MojibakeRun>();
        var runStart = -1;
        var bytes = new List<byte>();
        var lostByte = false;
        var i = start;
        while (i < end)
        {
            // Fast path: only Â..ô can start a damaged sequence, and most text is ASCII.
            if (runStart < 0 && (text[i] < '\u00C2' || text[i] > '\u00F4'))
            {
                i++;
                continue;
            }
            var length = SequenceAt(text, i, end, bytes, out var lost);
            if (length > 0)
            {
                runStart = runStart < 0 ? i : runStart;
                lostByte |= lost;
                i += length;
                continue;
            }
            Flush(text, runStart, i, bytes, lostByte, runs);
            runStart = -1;
            lostByte = false;
            i++;
        }
        Flush(text, runStart, i, bytes, lostByte, runs);
        return runs;
    }

    /// <summary>Whether the character at <paramref name="offset"/> belongs to a mojibake run of its line [lineStart, lineEnd).</summary>
    public static bool IsInside(string text, int offset, int lineStart, int lineEnd) =>
        Scan(text, lineStart, lineEnd).Any(r => r.Span.Start <= offset && offset < r.Span.End);

    private static void Flush(string text, int runStart, int runEnd, List<byte> bytes, bool lostByte, List<MojibakeRun> runs)
    {
        if (runStart < 0)
        {
            return;
        }
        var intended = StrictUtf8.GetString(bytes.ToArray());
        for (var repair = 1; repair < MaxRepairs && Scan(intended, 0, intended.Length) is [{ LostByte: false } whole] && whole.Span.Length == intended.Length; repair++)
        {
            intended = whole.Intended;
        }
        runs.Add(new MojibakeRun(TextSpan.FromBounds(runStart, runEnd), intended, lostByte));
        bytes.Clear();
    }

    /// <summary>The length of the mojibake sequence at <paramref name="i"/> (0 if none); its UTF-8 bytes (or, when
    /// the last byte was lost, the repaired text's bytes) are appended to <paramref name="bytes"/>.</summary>
    private static int SequenceAt(string text, int i, int end, List<byte> bytes, out bool lostByte)
    {
        lostByte = false;
        var lead = text[i];
        if (lead < '\u00C2' || lead > '\u00F4')
        {
            return 0;
        }
        // É, Ê, Ë, Ì, Í followed by a symbol would decode to IPA letters and combining marks, which news text does
        // not use; "CAFÉ»" is likelier than damage there.
        if (lead is >= '\u00C9' and <= '\u00CD')
        {
            return 0;
        }
        var continuations = lead < '\u00E0' ? 1 : lead < '\u00F0' ? 2 : 3;
        var sequence = new byte[continuations + 1];
        sequence[0] = (byte)lead;
        for (var k = 1; k <= continuations; k++)
        {
            var b = i + k < end ? ToByte(text[i + k]) : -1;
            if (b is < 0x80 or > 0xBF)
            {
                // "â€" and then no third byte: Windows-1252 has no character for 0x9D, so ” often loses it.
                if (k == 2 && lead == 'â' && sequence[1] == 0x80)
                {
                    lostByte = true;
                    bytes.AddRange(StrictUtf8.GetBytes("\u201D"));
                    return 2;
                }
                return 0;
            }
            // A no-break space next to a letter is real typography ("voilà »"), except after Â and Ã, where it is
            // the classic damage of a no-break space and of "à".
            if (b == 0xA0 && lead is not ('Â' or 'Ã'))
            {
                return 0;
            }
            sequence[k] = (byte)b;
        }
        if (!IsShortestForm(sequence))
        {
            return 0;
        }
        bytes.AddRange(sequence);
        return continuations + 1;
    }

    /// <summary>Rejects overlong forms and surrogates, which no encoder writes.</summary>
    private static bool IsShortestForm(byte[] s) => s[0] switch
    {
        0xE0 => s[1] >= 0xA0,
        0xED => s[1] <= 0x9F,
        0xF0 => s[1] >= 0x90,
        0xF4 => s[1] <= 0x8F,
        _ => true,
    };

    /// <summary>The Windows-1252 (or Latin-1) byte of a character, or -1 when it has none.</summary>
    private static int ToByte(char c)
    {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF) || (c >= 0x80 && c <= 0x9F))
        {
            return c;
        }
        var index = HighHalf.IndexOf(c);
        return index >= 0 ? 0x80 + index : -1;
    }
}
