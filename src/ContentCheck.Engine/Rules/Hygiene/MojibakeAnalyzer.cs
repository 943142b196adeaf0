using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Rules.Hygiene.Encoding;

namespace ContentCheck.Rules.Hygiene;

/// <summary>CC4003: UTF-8 text that was decoded as Windows-1252 or Latin-1 somewhere on its way ("â€œ", "Ã©").</summary>
public sealed class MojibakeAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.Mojibake,
        "Mojibake (UTF-8 read as Windows-1252)",
        "'{0}' is damaged text: UTF-8 that was read as Windows-1252 on its way here; replace it with '{1}'{2}",
        RuleCategory.Hygiene,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Text that was saved as UTF-8 and then read as Windows-1252 (or Latin-1) turns every character beyond ASCII into two or three wrong ones: “ becomes â€œ, é becomes Ã©. Readers see the damage, and search and duplicate detection miss the words.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterDocumentAction(context =>
    {
        // The whole file: a damaged title or summary is as visible as a damaged paragraph.
        var text = context.Document.Text.Text;
        foreach (var run in MojibakeScanner.Scan(text, 0, text.Length))
        {
            context.Report(Rule, run.Span, Visible(text.Substring(run.Span.Start, run.Span.Length)), Visible(run.Intended),
                run.LostByte ? " (a byte of the original was lost, so check the original: it may have been another quotation mark or dash)" : string.Empty);
        }
    });

    /// <summary>Shows invisible characters of a damaged run as U+XXXX, so the message says what is really there.</summary>
    internal static string Visible(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsControl(c) || c == '\u00A0')
            {
                builder.Append("U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
