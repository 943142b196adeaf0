using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Rules.Hygiene.Links;
using ContentCheck.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContentCheck.Rules.Hygiene;

/// <summary>CC4007: a Markdown link to another article (<c>../../18/other-slug.md</c>, <c>/articles/2008/03/18/x.md</c>)
/// that names no article of the corpus. A corpus rule: it knows every article, also those held in memory.</summary>
public sealed class BrokenArticleLinkAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.BrokenArticleLink,
        "Broken link between articles",
        "The link '{0}' points to '{1}', which is not an article of this corpus{2}",
        RuleCategory.Hygiene,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A link to another article is written as the path of its file, relative to the linking article (../../18/other-slug.md) or from the content folder (/articles/2008/03/18/other-slug.md); the site turns it into the page's address. A path that names no article becomes a dead link on the site.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration)
    {
        // The links are read while the article's tree is at hand: the runner lets each tree go after its article's
        // rules, and the corpus pass below would otherwise parse every body again.
        registration.RegisterBodyAction(context => Links.GetOrAdd(context.Document, LinksOf));
        registration.RegisterCorpusAction(Check);
    }

    private void Check(CorpusContext context)
    {
        var paths = new HashSet<string>(context.Articles.Select(a => a.Path), StringComparer.Ordinal);
        Suggestions? suggestions = null;
        foreach (var article in context.Articles)
        {
            var document = article.Document;
            if (!document.HasBody)
            {
                continue;
            }
            foreach (var link in Links.GetOrAdd(document, LinksOf))
            {
                var target = ArticleLinkPath.Resolve(article.Path, link.Url, out var outside);
                if (target is null || (!outside && paths.Contains(target)))
                {
                    continue;
                }
                string detail;
                if (outside)
                {
                    detail = ": it climbs above the content folder; count the '../' again (from articles/YYYY/MM/DD/ it takes four to reach the content folder)";
                }
                else
                {
                    suggestions ??= new Suggestions(context.Articles);
                    detail = suggestions.For(target) is { } nearest
                        ? $"; did you mean '{ArticleLinkPath.Relative(article.Path, nearest)}' ({nearest})?"
                        : "; fix the path (relative to this file, e.g. ../../18/other-slug.md, or from the content folder, e.g. /articles/2008/03/18/other-slug.md) or remove the link";
                }
                context.Report(Rule, article.Path, document.Text, link.Span, link.Url, target, detail);
            }
        }
    }

    // Each document's links, found once per parse: a build that reuses unchanged articles does not walk their trees.
    private static readonly Documents.DocumentSlot<Link[]> Links = new();

    private readonly record struct Link(string Url, TextSpan Span);

    private static Link[] LinksOf(Documents.ArticleDocument document)
    {
        var links = new List<Link>();
        foreach (var link in document.Body!.Descendants<LinkInline>())
        {
            if (link.IsImage || string.IsNullOrEmpty(link.Url))
            {
                continue;
            }
            var span = link.UrlSpan is { IsEmpty: false } urlSpan
                ? new TextSpan(document.BodySpan.Start + urlSpan.Start, urlSpan.Length)
                : document.SpanOf(link);
            links.Add(new Link(link.Url!, span));
        }
        return links.ToArray();
    }

    /// <summary>Near paths, built only when a link is broken: the same file name in another date folder (the usual
    /// mistake), else the closest name in the same folder. Never every path against every path.</summary>
    private sealed class Suggestions
    {
        private readonly Dictionary<string, List<string>> _byFileName = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _byFolder = new(StringComparer.Ordinal);

        public Suggestions(IReadOnlyList<Article> articles)
        {
            foreach (var article in articles)
            {
                var slash = article.Path.LastIndexOf('/');
                Add(_byFileName, article.Path.Substring(slash + 1), article.Path);
                Add(_byFolder, slash >= 0 ? article.Path.Substring(0, slash) : string.Empty, article.Path);
            }
        }

        public string? For(string target)
        {
            var slash = target.LastIndexOf('/');
            if (_byFileName.TryGetValue(target.Substring(slash + 1), out var sameName) && sameName.Count == 1)
            {
                return sameName[0];
            }
            return _byFolder.TryGetValue(slash >= 0 ? target.Substring(0, slash) : string.Empty, out var sameFolder)
                ? StringSimilarity.Nearest(target, sameFolder)
                : null;
        }

        private static void Add(Dictionary<string, List<string>> index, string key, string path)
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = new List<string>();
            }
            list.Add(path);
        }
    }
}
