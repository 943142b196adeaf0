using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Rules.Hygiene.Html;
using Markdig.Syntax;

namespace ContentCheck.Rules.Hygiene;

/// <summary>CC4006: a heading with no text under it: the next block is a heading of the same or a higher level,
/// or the body ends.</summary>
public sealed class EmptySectionAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.EmptySection,
        "Empty section",
        "The section '{0}' has no text: {1}; write the section or delete its heading",
        RuleCategory.Hygiene,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A heading announces a section. One with nothing under it is usually a paragraph lost while copying or editing, or a heading left over from a page's layout.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterBodyAction(context =>
    {
        var document = context.Document;
        // Top-level blocks only, without what renders as nothing (comments such as suppressions, link definitions).
        var blocks = document.Body!.Where(b => !IsInvisible(document, b)).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock heading)
            {
                continue;
            }
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            if (next is null)
            {
                context.Report(Rule, document.SpanOf(heading), TitleOf(document, heading), "the article ends right after its heading");
            }
            else if (next is HeadingBlock following && following.Level <= heading.Level)
            {
                context.Report(Rule, document.SpanOf(heading), TitleOf(document, heading), $"the heading '{TitleOf(document, following)}' follows directly");
            }
        }
    });

    private static bool IsInvisible(Documents.ArticleDocument document, Block block) => block switch
    {
        LinkReferenceDefinitionGroup => true,
        HtmlBlock { Type: HtmlBlockType.Comment } html => HtmlTags.IsComment(document.Text.ToString(document.SpanOf(html)).TrimStart()),
        _ => false,
    };

    /// <summary>The heading's text as written: its first line (a setext heading's underline is the second),
    /// without the '#' marks of an ATX heading.</summary>
    private static string TitleOf(Documents.ArticleDocument document, HeadingBlock heading) =>
        document.Text.ToString(document.SpanOf(heading)).Split('\n')[0].Trim().Trim('#').Trim();
}
