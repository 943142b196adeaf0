using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Documents;
using ContentCheck.Metadata;

namespace ContentCheck.Rules.Corpus;

/// <summary>CC5001: two articles give the same original address (<c>url</c>), once spellings are normalized.</summary>
public sealed class DuplicateUrlAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.DuplicateUrl,
        "Two articles have the same url",
        "This url is the same address as the url of {0}; an original is archived once: delete this copy, or correct the url if this is another story",
        RuleCategory.Corpus,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Each article's url names the original it was archived from; two articles with one url are the same story imported twice.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterCorpusAction(context =>
    {
        var first = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in context.Articles)
        {
            if (Key(article) is not { } key)
            {
                continue;
            }
            if (first.TryGetValue(key, out var earlier))
            {
                context.Report(Rule, article.Path, article.Document.Text, CorpusSpans.FieldValue(article, FieldNames.Url)!.Value, earlier.Path);
            }
            else
            {
                first.Add(key, article);
            }
        }
    });

    /// <summary>The article's url as compared (see <see cref="UrlKey"/>), or null when it has none written as a field.
    /// Kept with the parse: this corpus rule runs over every article at every build, and an edit changes one.</summary>
    private static string? Key(Article article)
    {
        if (article.Url is not { } url)
        {
            return null;
        }
        if (Keys.Get(article.Document) is { } kept && ReferenceEquals(kept.Url, url))
        {
            return kept.Key;
        }
        var key = CorpusSpans.FieldValue(article, FieldNames.Url) is null ? null : UrlKey.Of(url);
        Keys.Set(article.Document, new KeyOfUrl(url, key));
        return key;
    }

    private static readonly DocumentSlot<KeyOfUrl> Keys = new();

    private sealed record KeyOfUrl(string Url, string? Key);
}
