using ContentCheck.Diagnostics;
using ContentCheck.Site.Markdown;
using ContentCheck.Site.Rendering;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContentCheck.Site.Pages;

/// <summary>A page per rule, rendered from the same Markdown page the build's help links point at (embedded in the
/// engine as <c>ContentCheck.Rules.&lt;Id&gt;.md</c>), and an index of the rules.</summary>
internal static class RulePages
{
    /// <summary>Rule pages use pipe tables (the rule's summary table); article bodies are plain CommonMark.</summary>
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    public static void Write(SiteBuild build)
    {
        var rules = build.Options.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new RuleView(r.Id, r.Title, r.Category, r.DefaultSeverity.ToString().ToLowerInvariant(), r.IsEnabledByDefault, r.Description, $"rules/{r.Id.ToLowerInvariant()}/index.html"))
            .Where(r => SitePathsAreSafe(r.Id))
            .ToList();
        // A rule page shows its rule's fields (a record, compared by value) and the rule's documentation, which is
        // embedded in the tool: the build server keeps these pages until a rule or the theme changes.
        build.AddPage("rules.sbn", new PageInfo("Rules", "rules/index.html", "The checks every article passes before it is published."),
            () => new Dictionary<string, object?> { ["rules"] = rules }, inputs: rules.ToArray<object>());
        foreach (var rule in rules)
        {
            build.AddPage("rule.sbn", new PageInfo($"{rule.Id}: {rule.Title}", rule.Path, rule.Description), () =>
            {
                var markdown = Documentation(rule.Id);
                var body = markdown is null ? null : new RawHtml(ArticleBodyRenderer.Render(DropEmptyHeaders(LinkRulePages(Markdig.Markdown.Parse(markdown, Pipeline))), Pipeline));
                return new Dictionary<string, object?> { ["rule"] = rule, ["body"] = body };
            }, inputs: [rule]);
        }
    }

    /// <summary>Rule pages link to each other as files of the repository (<c>CC5003.md</c>, <c>../Dates/CC2001.md</c>);
    /// on the site each rule is <c>rules/cc5003/index.html</c>, a sibling folder of the page being written.</summary>
    private static MarkdownDocument LinkRulePages(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            var match = link.Url is null ? null : RuleFileLink.Match(link.Url);
            if (match is { Success: true })
            {
                link.Url = $"../{match.Groups["id"].Value.ToLowerInvariant()}/index.html{match.Groups["anchor"].Value}";
            }
        }
        return document;
    }

    /// <summary>A rule page opens with a key-value table whose Markdown header row is empty (<c>| | |</c>, as pipe
    /// tables demand one); as HTML that is a row of empty column headers, which screen readers announce as nothing
    /// (axe: empty-table-header). The empty row is dropped: the table keeps its rows, without a header.</summary>
    private static MarkdownDocument DropEmptyHeaders(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Markdig.Extensions.Tables.Table>())
        {
            if (table.Count > 1 && table[0] is Markdig.Extensions.Tables.TableRow { IsHeader: true } header
                && header.Descendants<LiteralInline>().All(l => l.Content.IsEmptyOrWhitespace()))
            {
                table.RemoveAt(0);
            }
        }
        return document;
    }

    private static readonly Regex RuleFileLink = new(@"^(?:\.\./[A-Za-z]+/)?(?<id>CC\d{4})\.md(?<anchor>#[-\w]*)?$", RegexOptions.CultureInvariant);

    /// <summary>Rule ids are <c>CC</c> and four digits; anything else would not make a plain folder name.</summary>
    private static bool SitePathsAreSafe(string id) => id.Length > 0 && id.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9');

    private static string? Documentation(string id)
    {
        using var stream = typeof(DiagnosticDescriptor).Assembly.GetManifestResourceStream($"ContentCheck.Rules.{id}.md");
        if (stream is null)
        {
            return null;
        }
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}

/// <summary>A rule as the templates see it.</summary>
internal sealed record RuleView(string Id, string Title, string Category, string Severity, bool Enabled, string Description, string Path);
