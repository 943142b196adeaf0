using System.Text.RegularExpressions;
using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Text;

namespace ContentCheck.Engine.Tests.Suppressions;

/// <summary>A test analyzer: CC3002 at every "QUOTE" and CC3005 at every "NAME" in the file, so a test places
/// findings exactly where it wants them (body, front matter, code blocks).</summary>
internal sealed class WordAnalyzer : ContentAnalyzer
{
    public static readonly DiagnosticDescriptor Quote = new("CC3002", "Quote", "QUOTE here", RuleCategory.Attribution, DiagnosticSeverity.Warning, true, "Test rule.");
    public static readonly DiagnosticDescriptor Name = new("CC3005", "Name", "NAME here", RuleCategory.Attribution, DiagnosticSeverity.Error, true, "Test rule.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Quote, Name };

    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterDocumentAction(context =>
    {
        foreach (var (word, rule) in new[] { ("QUOTE", Quote), ("NAME", Name) })
        {
            foreach (Match m in Regex.Matches(context.Document.Text.Text, word))
            {
                context.Report(rule, new TextSpan(m.Index, m.Length));
            }
        }
    });
}
