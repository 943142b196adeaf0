using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Rules.Tool;
using ContentCheck.Text;

namespace ContentCheck.Suppressions;

/// <summary>
/// Applies the suppressions written in articles to a run's diagnostics. A suppressed diagnostic is kept, marked
/// (<see cref="Diagnostic.Suppression"/>, kind in-source, with its justification) so SARIF can record it; it is
/// neither shown nor counted. Adds CC0002 for a suppression that suppresses nothing, CC0003 for an unknown id
/// and CC0004 for a front-matter entry without a reason — at their configured severity.
/// </summary>
public static class SuppressionApplier
{
    /// <summary>The descriptors this step can report.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        new[] { UnusedSuppression.Rule, UnknownSuppressionId.Rule, SuppressionWithoutReason.Rule };

    /// <summary>Returns <paramref name="diagnostics"/> with suppressed ones marked, plus the suppression diagnostics.</summary>
    /// <param name="articles">The analyzed articles (their suppressions are read here).</param>
    /// <param name="diagnostics">The run's diagnostics at their effective severities.</param>
    /// <param name="knownIds">Every rule id that exists; any other id in a suppression is CC0003.</param>
    /// <param name="ranRules">The rules whose analyzers ran: only their suppressions can be judged unused.</param>
    /// <param name="configuration">Severities: a suppression of a rule that is off in that file is not "unused",
    /// and the new diagnostics get their configured severity.</param>
    public static IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Article> articles, IReadOnlyList<Diagnostic> diagnostics,
        IReadOnlyCollection<string> knownIds, IReadOnlyCollection<DiagnosticDescriptor> ranRules, IRuleConfiguration configuration)
    {
        var known = new HashSet<string>(knownIds, StringComparer.OrdinalIgnoreCase);
        var ran = ranRules.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);
        var byPath = new Dictionary<string, ArticleSuppressions>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var (directives, problems) = SuppressionParser.Parse(article.Document);
            if (directives.Count > 0 || problems.Count > 0)
            {
                byPath[article.Path] = new ArticleSuppressions(article, directives, problems);
            }
        }
        if (byPath.Count == 0)
        {
            return diagnostics;
        }

        var result = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            result.Add(byPath.TryGetValue(diagnostic.Location.Path, out var suppressions) && suppressions.FindCover(diagnostic) is { } cover
                ? diagnostic.WithSuppression(new DiagnosticSuppression(SuppressionKind.InSource, cover.Justification))
                : diagnostic);
        }

        foreach (var suppressions in byPath.Values)
        {
            foreach (var (descriptor, span, message) in suppressions.Findings(known, ran, configuration))
            {
                var path = suppressions.Article.Path;
                if (configuration.GetSeverity(descriptor, path) is { } severity)
                {
                    result.Add(new Diagnostic(descriptor, severity, Location.Create(path, suppressions.Article.Document.Text, span), message));
                }
            }
        }
        result.Sort(DiagnosticComparer.Instance);
        return result;
    }

    /// <summary>The suppressions of one article and which of them were used.</summary>
    private sealed class ArticleSuppressions(Article article, IReadOnlyList<SuppressionDirective> directives, IReadOnlyList<(TextSpan Span, string Message)> problems)
    {
        // (directive, id) pairs that suppressed something; an id-less directive is recorded with id "".
        private readonly HashSet<(SuppressionDirective, string)> _used = new();

        public Article Article { get; } = article;

        /// <summary>The directive that suppresses <paramref name="diagnostic"/>: a next-line comment, then the
        /// latest disable/restore before it (as <c>#pragma warning</c>: the last word on the id wins), then front matter.</summary>
        public SuppressionDirective? FindCover(Diagnostic diagnostic)
        {
            var id = diagnostic.Id;
            var start = diagnostic.Location.Span.Start;
            var line = diagnostic.Location.LineSpan.Start.Line;
            var cover = directives.FirstOrDefault(d => d.Kind == SuppressionDirectiveKind.DisableNextLine && d.TargetLine == line && d.Covers(id))
                ?? LatestRegion(id, start)
                ?? directives.FirstOrDefault(d => d.Kind == SuppressionDirectiveKind.FrontMatter && d.Covers(id));
            if (cover is not null)
            {
                _used.Add((cover, cover.Ids.Count == 0 ? string.Empty : cover.Ids.First(i => string.Equals(i.Id, id, StringComparison.OrdinalIgnoreCase)).Id));
            }
            return cover;
        }

        private SuppressionDirective? LatestRegion(string id, int start)
        {
            SuppressionDirective? latest = null;
            foreach (var d in directives)
            {
                if (d.Span.End > start)
                {
                    break;
                }
                if (d.Kind is SuppressionDirectiveKind.Disable or SuppressionDirectiveKind.Restore && d.Covers(id))
                {
                    latest = d;
                }
            }
            return latest is { Kind: SuppressionDirectiveKind.Disable } ? latest : null;
        }

        /// <summary>CC0002, CC0003 and CC0004 findings of this article, as (rule, span, message).</summary>
        public IEnumerable<(DiagnosticDescriptor, TextSpan, string)> Findings(HashSet<string> known, Dictionary<string, DiagnosticDescriptor> ran, IRuleConfiguration configuration)
        {
            foreach (var (span, message) in problems)
            {
                yield return (SuppressionWithoutReason.Rule, span, message);
            }
            foreach (var directive in directives.Where(d => d.Kind != SuppressionDirectiveKind.Restore))
            {
                if (directive.Ids.Count == 0)
                {
                    if (!_used.Contains((directive, string.Empty)))
                    {
                        yield return (UnusedSuppression.Rule, directive.Span, "This contentcheck comment suppresses no diagnostic; remove it");
                    }
                    continue;
                }
                foreach (var id in directive.Ids)
                {
                    if (!known.Contains(id.Id))
                    {
                        var nearest = StringSimilarity.Nearest(id.Id, known);
                        yield return (UnknownSuppressionId.Rule, id.Span, nearest is null
                            ? $"'{id.Id}' is not a ContentCheck rule id, so this suppresses nothing; rule ids look like CC3002"
                            : $"'{id.Id}' is not a ContentCheck rule id, so this suppresses nothing; did you mean {nearest}?");
                    }
                    else if (!_used.Contains((directive, id.Id)) && ran.TryGetValue(id.Id, out var rule) && configuration.GetSeverity(rule, Article.Path) is not null)
                    {
                        yield return (UnusedSuppression.Rule, id.Span, $"The suppression of {rule.Id} is not needed: no {rule.Id} diagnostic here; remove it");
                    }
                }
            }
        }
    }
}
