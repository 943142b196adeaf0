using ContentCheck.Analysis;
using ContentCheck.Diagnostics;

namespace ContentCheck.Rules.Attribution;

/// <summary>CC3002: a direct quotation of several words with no speaker in its sentence or the next.</summary>
public sealed class UnattributedQuotationAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.UnattributedQuotation,
        "Direct quotation has no speaker",
        "The quotation {0} ({1} words) says nobody's words: its sentence and the next name no speaker; attribute it (e.g. '..., Sergey Lavrov said.', 'she told reporters', 'according to the ministry') or, if it is not direct speech, remove the quotation marks",
        RuleCategory.Attribution,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A direct quotation puts words in someone's mouth; a reader must be able to tell whose. A speech verb (said, told, according to, ...) with a name, a pronoun or a body must stand in the quotation's sentence or the next.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterBodyAction(context =>
    {
        foreach (var quotation in QuotationAnalysis.Of(context))
        {
            if (quotation.Kind == QuotationKind.Unattributed)
            {
                context.Report(Rule, quotation.Span, Excerpt(quotation.Text), quotation.WordCount);
            }
        }
    });

    /// <summary>The quotation's first words, so the message names it without repeating a paragraph.</summary>
    internal static string Excerpt(string text)
    {
        var words = text.Split(new[] { ' ', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        return "“" + string.Join(" ", words.Take(6)) + (words.Length > 6 ? " …”" : "”");
    }
}
