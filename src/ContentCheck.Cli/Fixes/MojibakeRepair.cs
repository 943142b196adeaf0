using System.Text;

namespace ContentCheck.Cli.Fixes;

/// <summary>
/// Undoes the commonest mojibake: UTF-8 bytes that were read as Windows-1252 and saved again (<c>â€œ</c> for “,
/// <c>Ã©</c> for é). A run is replaced only when its characters map back to the bytes of exactly one valid UTF-8
/// sequence, so ordinary accented text is never touched.
/// </summary>
internal static class MojibakeRepair
{
    private static readonly Encoding Windows1252 = CreateWindows1252();
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>The repaired text and how many sequences were replaced.</summary>
    public static (string Text, int Count) Repair(string text)
    {
        StringBuilder? repaired = null;
        var count = 0;
        var copiedUpTo = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!TryDecodeAt(text, i, out var length, out var decoded))
            {
                continue;
            }
            repaired ??= new StringBuilder(text.Length);
            repaired.Append(text, copiedUpTo, i - copiedUpTo).Append(decoded);
            count++;
            i += length - 1;
            copiedUpTo = i + 1;
        }
        if (repaired is null)
        {
            return (text, 0);
        }
        repaired.Append(text, copiedUpTo, text.Length - copiedUpTo);
        return (repaired.ToString(), count);
    }

    private static bool TryDecodeAt(string text, int start, out int length, out string decoded)
    {
        length = 0;
        decoded = string.Empty;
        // A UTF-8 lead byte of a 2-, 3- or 4-byte sequence, read as Windows-1252: Â..ô.
        var lead = text[start];
        if (lead < '\u00C2' || lead > '\u00F4')
        {
            return false;
        }
        var continuation = lead < '\u00E0' ? 1 : lead < '\u00F0' ? 2 : 3;
        if (start + continuation >= text.Length)
        {
            return false;
        }
        var bytes = new byte[continuation + 1];
        bytes[0] = (byte)lead;
        for (var k = 1; k <= continuation; k++)
        {
            if (!TryGetByte(text[start + k], out var b) || b < 0x80 || b > 0xBF)
            {
                return false;
            }
            bytes[k] = b;
        }
        try
        {
            decoded = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        length = continuation + 1;
        return true;
    }

    // The Windows-1252 byte a character came from. Its five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) survive
    // such a round trip as the C1 control characters of the same number, so those map straight back.
    private static bool TryGetByte(char c, out byte b)
    {
        if (c <= '\u00FF')
        {
            b = (byte)c;
            return c < '\u0080' || c >= '\u00A0' || c is '\u0081' or '\u008D' or '\u008F' or '\u0090' or '\u009D';
        }
        var encoded = new byte[1];
        try
        {
            if (Windows1252.GetBytes(new[] { c }, 0, 1, encoded, 0) == 1)
            {
                b = encoded[0];
                return true;
            }
        }
        catch (EncoderFallbackException)
        {
        }
        b = 0;
        return false;
    }

    private static Encoding CreateWindows1252()
    {
        // Windows-1252 ships with .NET but must be registered before use.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
