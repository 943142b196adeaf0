using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Rules.Hygiene.Encoding;
using ContentCheck.Text;

namespace ContentCheck.Rules.Hygiene;

/// <summary>CC4005: an invisible control or formatting character in the text (C0 except tab and line breaks,
/// DEL, C1, a byte order mark inside the text, a zero-width space, a Unicode line or paragraph separator).</summary>
public sealed class ControlCharacterAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.ControlCharacter,
        "Invisible control character",
        "The text contains the invisible character U+{0} ({1}); delete it{2}",
        RuleCategory.Hygiene,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Control and zero-width characters come from copying out of word processors, PDFs and web pages. They are invisible in an editor but split words for search, break comparisons, and some readers and feed parsers reject them.");

    /// <summary>Languages written without spaces between words, where U+200B marks word boundaries on purpose.</summary>
    private static readonly HashSet<string> ZeroWidthSpaceLanguages = new(StringComparer.OrdinalIgnoreCase) { "th", "lo", "km", "my", "bo", "dz" };

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterDocumentAction(context =>
    {
        var source = context.Document.Text;
        var text = source.Text;
        var language = context.Article.Language;
        var primary = language?.Split('-')[0];
        var zeroWidthSpaceAllowed = primary is not null && ZeroWidthSpaceLanguages.Contains(primary);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c >= ' ' && c < '\u007F') || !IsReported(c, zeroWidthSpaceAllowed))
            {
                continue;
            }
            if (c is >= '\u0080' and <= '\u009F' && InsideMojibake(source, i))
            {
                continue; // CC4003 reports the whole damaged run, with its repair.
            }
            context.Report(Rule, new TextSpan(i, 1), ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture), NameOf(c), HintFor(c));
        }
    });

    private static bool IsReported(char c, bool zeroWidthSpaceAllowed) => c switch
    {
        '\t' or '\n' or '\r' => false,
        < '\u0020' or '\u007F' => true,
        >= '\u0080' and <= '\u009F' => true,
        '\uFEFF' or '\u2028' or '\u2029' => true,
        '\u200B' => !zeroWidthSpaceAllowed,
        _ => false,
    };

    private static bool InsideMojibake(SourceText source, int offset)
    {
        var line = source.GetLineSpan(source.GetLinePosition(offset).Line);
        return MojibakeScanner.IsInside(source.Text, offset, line.Start, line.End);
    }

    private static string NameOf(char c) => c switch
    {
        '\u0000' => "NULL",
        '\u0007' => "BELL",
        '\u0008' => "BACKSPACE",
        '\u000B' => "LINE TABULATION",
        '\u000C' => "FORM FEED",
        '\u001B' => "ESCAPE",
        '\u007F' => "DELETE",
        '\u0085' => "NEXT LINE",
        '\uFEFF' => "ZERO WIDTH NO-BREAK SPACE, a byte order mark inside the text",
        '\u200B' => "ZERO WIDTH SPACE",
        '\u2028' => "LINE SEPARATOR",
        '\u2029' => "PARAGRAPH SEPARATOR",
        < '\u0080' => "a C0 control character",
        _ => "a C1 control character",
    };

    private static string HintFor(char c) => c switch
    {
        '\u000B' or '\u000C' or '\u0085' or '\u2028' or '\u2029' => " (if a line break was meant, end the paragraph with a blank line)",
        '\uFEFF' => " (files joined together leave it behind; only the very start of a file may have one)",
        '\u200B' => " (it splits the word it sits in for search; for Thai, Lao, Khmer or Burmese set 'language' and it is allowed)",
        _ => string.Empty,
    };
}
