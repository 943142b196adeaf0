using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ContentCheck.Documents;
using ContentCheck.Metadata;
using ContentCheck.Text;
using ContentCheck.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContentCheck.Suppressions;

/// <summary>
/// Finds the suppressions of an article: <c>contentcheck-*</c> HTML comments in the Markdown body — only where
/// Markdig sees HTML (a block or inline comment), so a comment shown inside a code block or code span is text,
/// not a suppression — and the front-matter <c>suppress:</c> list.
/// </summary>
public static class SuppressionParser
{
    private static readonly Regex Comment = new(@"<!--(.*?)-->", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex Directive = new(@"^\s*contentcheck-(disable-next-line|disable|restore)(?=\s|$)", RegexOptions.CultureInvariant);
    private static readonly Regex IdToken = new(@"[^\s,]+", RegexOptions.CultureInvariant);

    /// <summary>The suppressions of <paramref name="document"/> in file order, and the malformed front-matter
    /// entries (span and message) that CC0004 reports. Read once per parse: the runner asks while the article's tree
    /// is at hand (it lets the tree go after the article's rules), the suppression pass later gets the same answer.</summary>
    public static (IReadOnlyList<SuppressionDirective> Directives, IReadOnlyList<(TextSpan Span, string Message)> Problems) Parse(ArticleDocument document) =>
        Memo.GetOrAdd(document, ParseUncached).Value;

    private static readonly DocumentSlot<StrongBox<(IReadOnlyList<SuppressionDirective>, IReadOnlyList<(TextSpan, string)>)>> Memo = new();

    private static StrongBox<(IReadOnlyList<SuppressionDirective>, IReadOnlyList<(TextSpan, string)>)> ParseUncached(ArticleDocument document)
    {
        var directives = new List<SuppressionDirective>();
        var problems = new List<(TextSpan, string)>();
        ReadFrontMatter(document, directives, problems);
        // Directives live in HTML comments; most bodies have none, and walking every node of those costs more
        // than the rest of the suppression pass.
        // The text first: a body without a comment needs no tree (a released one would be parsed again).
        if (document.HasBody && document.Text.Text.IndexOf("<!--", document.BodySpan.Start, document.BodySpan.Length, StringComparison.Ordinal) >= 0
            && document.Body is { } body)
        {
            foreach (var node in body.Descendants())
            {
                if (node is HtmlBlock or HtmlInline)
                {
                    ReadComments(document, document.SpanOf(node), directives);
                }
            }
        }
        directives.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new StrongBox<(IReadOnlyList<SuppressionDirective>, IReadOnlyList<(TextSpan, string)>)>((directives, problems));
    }

    private static void ReadComments(ArticleDocument document, TextSpan html, List<SuppressionDirective> directives)
    {
        var text = document.Text.Text;
        foreach (Match comment in Comment.Matches(text.Substring(html.Start, html.Length)))
        {
            var inner = comment.Groups[1];
            var directive = Directive.Match(inner.Value);
            if (!directive.Success)
            {
                continue;
            }
            var kind = directive.Groups[1].Value switch
            {
                "disable" => SuppressionDirectiveKind.Disable,
                "restore" => SuppressionDirectiveKind.Restore,
                _ => SuppressionDirectiveKind.DisableNextLine,
            };
            // "ids -- reason": the reason is what SARIF records as the justification.
            var rest = inner.Value.Substring(directive.Length);
            var separator = rest.IndexOf("--", StringComparison.Ordinal);
            var idsPart = separator >= 0 ? rest.Substring(0, separator) : rest;
            var justification = separator >= 0 ? rest.Substring(separator + 2).Trim() : null;
            var idsOffset = html.Start + inner.Index + directive.Length;
            var ids = IdToken.Matches(idsPart).Cast<Match>()
                .Select(m => new SuppressionId(m.Value, new TextSpan(idsOffset + m.Index, m.Length)))
                .ToList();
            var span = new TextSpan(html.Start + comment.Index, comment.Length);
            var targetLine = kind == SuppressionDirectiveKind.DisableNextLine ? document.Text.GetLinePosition(span.End).Line + 1 : -1;
            directives.Add(new SuppressionDirective(kind, span, ids, string.IsNullOrEmpty(justification) ? null : justification, targetLine));
        }
    }

    private static void ReadFrontMatter(ArticleDocument document, List<SuppressionDirective> directives, List<(TextSpan, string)> problems)
    {
        // Any other shape of 'suppress' is the wrong-type rule's to report.
        if (document.FrontMatter?.Find(FieldNames.Suppress)?.Value is not YamlSequence list)
        {
            return;
        }
        foreach (var item in list.Items)
        {
            switch (item)
            {
                case YamlScalar { IsNull: false } scalar:
                    var id = scalar.Value.Trim();
                    directives.Add(new SuppressionDirective(SuppressionDirectiveKind.FrontMatter, scalar.Span, new[] { new SuppressionId(id, scalar.Span) }, null));
                    problems.Add((scalar.Span, $"The suppression of {id} gives no reason; write it as {{id: {id}, reason: why the rule does not apply here}}"));
                    break;
                case YamlMapping entry when entry.Find("id")?.Value is YamlScalar { IsNull: false } idNode && idNode.Value.Trim().Length > 0:
                    var ruleId = idNode.Value.Trim();
                    var reason = entry.Find("reason")?.Value is YamlScalar { IsNull: false } r && r.Value.Trim().Length > 0 ? r.Value.Trim() : null;
                    directives.Add(new SuppressionDirective(SuppressionDirectiveKind.FrontMatter, entry.Span, new[] { new SuppressionId(ruleId, idNode.Span) }, reason));
                    if (reason is null)
                    {
                        problems.Add((idNode.Span, $"The suppression of {ruleId} gives no reason; add one, e.g. {{id: {ruleId}, reason: quoting a slogan, not a speaker}}"));
                    }
                    break;
                default:
                    problems.Add((item.Span, "Each 'suppress' entry names a rule and a reason, e.g. {id: CC3002, reason: quoting a slogan, not a speaker}"));
                    break;
            }
        }
    }
}
