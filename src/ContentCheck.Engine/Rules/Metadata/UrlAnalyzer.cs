using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Yaml;

namespace ContentCheck.Rules.Metadata;

/// <summary>CC1013: a URL field that is not an absolute http(s) address, or an article's <c>url</c> whose host is
/// not one of its source's <c>domains</c> (a subdomain counts: news.bbc.co.uk is on bbc.co.uk).</summary>
public sealed class UrlAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.BadUrl,
        "Bad URL or URL off the source's domains",
        "{0}; {1}",
        RuleCategory.Metadata,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "The url of an article is the original address, printed as its 'original' link and used to find duplicates. It must be a full http(s) address, and on one of the domains sources.yml gives for the article's source: an address elsewhere is usually a copy-paste from another article or another outlet.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterFrontMatterAction(context =>
    {
        foreach (var (entry, field) in FrontMatterFields.Known(context))
        {
            if (field.Kind != FieldKind.Url || entry.Value is not YamlScalar { IsNull: false } value || value.Value.Trim().Length == 0)
            {
                continue; // Empty is CC1008's, another shape CC1007's.
            }
            var text = value.Value.Trim();
            if (!TryParseHttp(text, out var uri))
            {
                context.Report(Rule, value, $"'{text}' in '{entry.Name}' is not an absolute http(s) address", Advice(text));
            }
            else if (field.MapsTo == FieldNames.Url && OffDomain(context, uri) is { } problem)
            {
                context.Report(Rule, value, problem.Message, problem.Fix);
            }
        }
    });

    private static bool TryParseHttp(string text, out Uri uri) =>
        Uri.TryCreate(text, UriKind.Absolute, out uri!)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0
        && !text.Any(char.IsWhiteSpace);

    private static string Advice(string text)
    {
        if (text.Any(char.IsWhiteSpace))
        {
            return "an address has no spaces: write a space as %20, or copy the address again from the browser's address bar";
        }
        var schemeless = text.StartsWith("//", StringComparison.Ordinal) ? "https:" + text : "https://" + text;
        return !text.StartsWith("/", StringComparison.Ordinal) && text.IndexOf(':') < 0 && TryParseHttp(schemeless, out var fixedUri) && fixedUri.Host.Contains('.')
            ? $"did you mean '{schemeless}'?"
            : "write the full address with its scheme, e.g. 'https://www.bbc.co.uk/news/world-europe-7041693'";
    }

    /// <summary>Why <paramref name="uri"/> is not on the article's source's domains, or null when it is (or when
    /// sources.yml gives the source no domains, so there is nothing to compare with).</summary>
    private static (string Message, string Fix)? OffDomain(ArticleContext context, Uri uri)
    {
        var source = context.Article.Source is { } id ? context.Project.Sources?.Find(id) : null;
        var domains = source is null ? null : DomainsOf(source);
        if (source is null || domains is null || domains.Length == 0)
        {
            return null;
        }
        var host = uri.Host.TrimEnd('.').ToLowerInvariant();
        foreach (var domain in domains)
        {
            if (host.EndsWith(domain, StringComparison.Ordinal) && (host.Length == domain.Length || host[host.Length - domain.Length - 1] == '.'))
            {
                return null;
            }
        }
        return ($"'{host}' is not on the domains of '{source.Id}' in sources.yml ({string.Join(", ", domains)})",
            "correct the address (is it another outlet's article?), or add the domain to that source's 'domains' if it publishes there");
    }

    // A source's domains as compared (trimmed, lower case), read once per registry entry, not once per article.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Project.RegistryEntry, string[]> Domains = new();

    private static string[] DomainsOf(Project.RegistryEntry source) => Domains.GetValue(source, static entry =>
        entry.GetTextList("domains").Select(d => d.Trim().TrimEnd('.').ToLowerInvariant()).Where(d => d.Length > 0).ToArray());
}
