using System.Globalization;
using System.Text;
using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Text;

namespace ContentCheck.Rules.Hygiene;

/// <summary>CC4004: text not in Unicode Normalization Form C ("e" + U+0301 where "é" is meant).</summary>
public sealed class NotNormalizedAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.NotNormalized,
        "Text is not in Unicode NFC",
        "'{0}' ({1}) is written in decomposed form, not Unicode NFC; replace it with its composed form '{2}' ({3})",
        RuleCategory.Hygiene,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "The same letter can be stored composed (é, U+00E9) or decomposed (e followed by U+0301, as macOS file names and some PDFs write it). They look the same, but search, sorting, duplicate detection and name matching treat them as different text. The web expects NFC.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterDocumentAction(context =>
    {
        var source = context.Document.Text;
        // One check of the whole file first: almost every article is NFC, and then no line is looked at.
        if (IsNfc(source.Text))
        {
            return;
        }
        for (var line = 0; line < source.LineCount; line++)
        {
            var span = source.GetLineSpan(line);
            var text = source.ToString(span);
            if (!IsNfc(text) && FirstRun(text) is { } run)
            {
                var found = text.Substring(run.Start, run.Length);
                var composed = found.Normalize(NormalizationForm.FormC);
                context.Report(Rule, new TextSpan(span.Start + run.Start, run.Length), found, CodePoints(found), composed, CodePoints(composed));
            }
        }
    });

    /// <summary>The first run of user-perceived characters (text elements) that are not NFC on their own.</summary>
    private static TextSpan? FirstRun(string line)
    {
        var elements = StringInfo.GetTextElementEnumerator(line);
        var start = -1;
        var end = -1;
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            if (!IsNfc(element))
            {
                start = start < 0 ? elements.ElementIndex : start;
                end = elements.ElementIndex + element.Length;
            }
            else if (start >= 0)
            {
                break;
            }
        }
        return start >= 0 ? TextSpan.FromBounds(start, end) : null;
    }

    /// <summary>IsNormalized throws on a lone surrogate; such text is not NFC's business (it cannot come from a
    /// UTF-8 file, only from text handed over in memory), so it counts as normalized.</summary>
    private static bool IsNfc(string value)
    {
        try
        {
            return value.IsNormalized(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static string CodePoints(string value)
    {
        var points = new List<string>();
        for (var i = 0; i < value.Length; i += char.IsSurrogatePair(value, i) ? 2 : 1)
        {
            points.Add("U+" + char.ConvertToUtf32(value, i).ToString("X4", CultureInfo.InvariantCulture));
        }
        return string.Join(" ", points);
    }
}
