using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Documents;
using ContentCheck.Rules.Hygiene.Html;
using ContentCheck.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContentCheck.Rules.Hygiene;

/// <summary>CC4002: raw HTML in the body, as a block or inline; an inline element is reported once, from its
/// opening to its closing tag. Suppression comments are never reported; other comments only on request.</summary>
public sealed class RawHtmlAnalyzer : ContentAnalyzer
{
    /// <summary>The option that reports HTML comments too: <c>contentcheck.CC4002.report_comments = true</c>.</summary>
    public const string ReportCommentsOption = "report_comments";

    private const int QuotedLength = 60;

    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.RawHtml,
        "Raw HTML in the body",
        "Raw HTML '{0}' in the body; {1}",
        RuleCategory.Hygiene,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Articles are Markdown. Raw HTML is usually left over from the page the text was copied from; it bypasses the site's templates and accessibility, leaks into feeds and search, and can carry scripts.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterBodyAction(context =>
    {
        var document = context.Document;
        var reportComments = string.Equals(context.Options.Configuration.GetOption(RuleIds.RawHtml, ReportCommentsOption, document.Path)?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        foreach (var node in document.Body!.Descendants())
        {
            switch (node)
            {
                case HtmlBlock block:
                    ReportBlock(context, block, reportComments);
                    break;
                case LeafBlock { Inline: { } inline }:
                    ReportInlines(context, inline, reportComments);
                    break;
            }
        }
    });

    private static void ReportBlock(ArticleContext context, HtmlBlock block, bool reportComments)
    {
        var span = Trim(context.Document.Text, context.Document.SpanOf(block));
        var html = context.Document.Text.ToString(span);
        // A comment block ends on the line of its "-->"; text after it on that line is HTML of its own.
        if (block.Type == HtmlBlockType.Comment && IsQuietComment(html, reportComments) && html.IndexOf("-->", StringComparison.Ordinal) is var close && close >= 0
            && html.Substring(close + 3).Trim().Length == 0)
        {
            return;
        }
        var (name, _, _) = HtmlTags.Parse(html);
        Report(context, span, HtmlTags.AdviceFor(name));
    }

    private static void ReportInlines(ArticleContext context, ContainerInline inline, bool reportComments)
    {
        var open = new List<(string Name, TextSpan Span)>();
        foreach (var tag in inline.Descendants<HtmlInline>())
        {
            var span = context.Document.SpanOf(tag);
            if (HtmlTags.IsComment(tag.Tag))
            {
                if (!IsQuietComment(tag.Tag, reportComments))
                {
                    Report(context, span, "remove it");
                }
                continue;
            }
            var (name, closing, empty) = HtmlTags.Parse(tag.Tag);
            if (empty)
            {
                Report(context, span, HtmlTags.AdviceFor(name));
            }
            else if (!closing)
            {
                open.Add((name, span));
            }
            else if (open.FindLastIndex(o => o.Name == name) is var match && match >= 0)
            {
                // Tags opened inside the element and never closed are reported alone, then the element as a whole.
                for (var k = open.Count - 1; k > match; k--)
                {
                    Report(context, open[k].Span, HtmlTags.AdviceFor(open[k].Name));
                }
                Report(context, TextSpan.FromBounds(open[match].Span.Start, span.End), HtmlTags.AdviceFor(name));
                open.RemoveRange(match, open.Count - match);
            }
            else
            {
                Report(context, span, HtmlTags.AdviceFor(name));
            }
        }
        foreach (var (name, span) in open)
        {
            Report(context, span, HtmlTags.AdviceFor(name));
        }
    }

    private static bool IsQuietComment(string html, bool reportComments) =>
        HtmlTags.IsComment(html) && (HtmlTags.IsSuppression(html) || !reportComments);

    private static void Report(ArticleContext context, TextSpan span, string advice)
    {
        var html = context.Document.Text.ToString(span);
        var firstLine = html.Split('\n')[0].TrimEnd('\r');
        var quoted = firstLine.Length <= QuotedLength && firstLine.Length == html.Length ? html : firstLine.Substring(0, Math.Min(firstLine.Length, QuotedLength)) + "…";
        context.Report(Rule, span, quoted, advice);
    }

    private static TextSpan Trim(SourceText text, TextSpan span)
    {
        var end = span.End;
        while (end > span.Start && char.IsWhiteSpace(text.Text[end - 1]))
        {
            end--;
        }
        return TextSpan.FromBounds(span.Start, end);
    }
}
