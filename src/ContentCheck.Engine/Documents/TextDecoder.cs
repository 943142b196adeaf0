using System.Globalization;
using System.Text;
using ContentCheck.Text;

namespace ContentCheck.Documents;

/// <summary>
/// Turns a file's bytes into text the one way every file of a content repo is read (articles and the YAML
/// configuration files alike): strict UTF-8, an optional byte order mark dropped, NUL bytes meaning binary.
/// A file that is not text is a <see cref="DocumentProblem"/> that points at the first offending byte.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The decoded text (for invalid UTF-8: the text with U+FFFD for bad bytes, so the problem has a
    /// line and column; for binary: empty), whether a BOM was dropped, and why it is not text, if it is not.</summary>
    public readonly record struct Result(SourceText Text, bool HadByteOrderMark, DocumentProblem? Problem);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    public static Result Decode(byte[] bytes)
    {
        var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var start = hasBom ? 3 : 0;

        var nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0)
        {
            return new Result(new SourceText(string.Empty), hasBom,
                new DocumentProblem(DocumentProblemKind.Binary, default, nul.ToString(CultureInfo.InvariantCulture)));
        }

        try
        {
            return new Result(new SourceText(StrictUtf8.GetString(bytes, start, bytes.Length - start)), hasBom, null);
        }
        catch (DecoderFallbackException ex)
        {
            // Point at the first bad byte: count the characters that precede it, so the position is a real
            // line and column of the text the user sees in an editor.
            var badIndex = ex.Index >= 0 ? start + ex.Index : FindFirstInvalidByte(bytes, start);
            var lenient = new SourceText(LenientUtf8.GetString(bytes, start, bytes.Length - start));
            var offset = Math.Min(LenientUtf8.GetCharCount(bytes, start, Math.Max(0, badIndex - start)), lenient.Text.Length);
            var badByte = badIndex < bytes.Length ? bytes[badIndex] : (byte)0;
            return new Result(lenient, hasBom, new DocumentProblem(DocumentProblemKind.InvalidUtf8,
                new TextSpan(offset, Math.Min(1, lenient.Text.Length - offset)),
                "0x" + badByte.ToString("X2", CultureInfo.InvariantCulture)));
        }
    }

    private static int FindFirstInvalidByte(byte[] bytes, int start)
    {
        for (var i = start; i < bytes.Length; i++)
        {
            try
            {
                StrictUtf8.GetCharCount(bytes, start, i + 1 - start);
            }
            catch (DecoderFallbackException)
            {
                return i;
            }
        }
        return bytes.Length;
    }
}
