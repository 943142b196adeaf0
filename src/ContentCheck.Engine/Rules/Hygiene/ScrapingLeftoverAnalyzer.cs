using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Rules.Hygiene.Leftovers;

namespace ContentCheck.Rules.Hygiene;

/// <summary>CC4001: a line of the scraped web page left in the body (navigation, server errors, media links,
/// time stamps, sharing links, photo captions, teaser links).</summary>
public sealed class ScrapingLeftoverAnalyzer : ContentAnalyzer
{
    /// <summary>The option that adds boilerplate patterns: <c>contentcheck.CC4001.patterns = Share on * | Print</c>.</summary>
    public const string PatternsOption = "patterns";

    private const int QuotedLength = 60;

    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.ScrapingLeftover,
        "Scraping leftover in the body",
        "'{0}' is {1}, left in the body from the web page the article was copied from; {2}",
        RuleCategory.Hygiene,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Text copied from a web page brings the page's furniture with it: menus, breadcrumbs, server errors, 'watch ...' links, time stamps, sharing links, photo captions and links to unrelated stories. They are not part of the article and end up in its page, its feed and its search index.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterBodyAction(context =>
    {
        var document = context.Document;
        var configured = BoilerplatePatterns.Parse(context.Options.Configuration.GetOption(RuleIds.ScrapingLeftover, PatternsOption, document.Path));
        foreach (var leftover in LeftoverFinder.Find(document, context.Article.Title, configured))
        {
            var line = document.Text.ToString(leftover.Span);
            var quoted = line.Length <= QuotedLength ? line : line.Substring(0, QuotedLength) + "…";
            var fix = ReferenceEquals(leftover.What, LeftoverFinder.HeadlineRun)
                ? "delete these lines (a real subheading stands alone between blank lines, or as '## Subheading')"
                : "delete the line";
            context.Report(Rule, leftover.Span, quoted, leftover.What, fix);
        }
    });
}
