using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Project;

namespace ContentCheck.Rules.Corpus;

/// <summary>CC5005: an entry of sources.yml, people.yml or topics.yml that no article uses.</summary>
public sealed class UnusedRegistryEntryAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.UnusedRegistryEntry,
        "Registry entry is not used by any article",
        "No article uses '{0}' from {1}; remove the entry, or use it in an article ({2})",
        RuleCategory.Corpus,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        "An entry that no article references is often a typo's twin (the articles use another spelling of the id) or a leftover after articles were removed.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterCorpusAction(context =>
    {
        // An article whose front matter cannot be read may use any entry: say nothing rather than a cascade of
        // false suggestions beside the error that matters.
        if (context.Articles.Any(a => a.Document.FrontMatter is null))
        {
            return;
        }
        var project = context.Project;
        if (project.Sources is { } sources)
        {
            ReportUnused(context, sources, new HashSet<string>(context.Articles.Select(a => a.Source).OfType<string>(), StringComparer.Ordinal),
                id => $"e.g. 'source: {id}'");
        }
        if (project.Topics is { } topics)
        {
            ReportUnused(context, topics, new HashSet<string>(context.Articles.SelectMany(a => a.Topics), StringComparer.Ordinal),
                id => $"e.g. 'topics: [{id}]'");
        }
        if (project.People is { } people)
        {
            ReportUnused(context, people, UsedPeople(context.Articles, people),
                id => $"e.g. 'people: [{id}]', or as a name in 'authors'");
        }
    });

    // A person is used when an article lists them in `people:` or when one of its bylines is their name or an
    // alias: reporters are registered for their pages, and are rarely also the subject of their own story.
    private static HashSet<string> UsedPeople(IReadOnlyList<Article> articles, Registry people)
    {
        var used = new HashSet<string>(articles.SelectMany(a => a.People), StringComparer.Ordinal);
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in people.Entries)
        {
            foreach (var name in entry.GetTextList("aliases").Prepend(entry.GetText("name") ?? string.Empty))
            {
                var key = name.Trim();
                if (key.Length > 0 && !byName.ContainsKey(key))
                {
                    byName.Add(key, entry.Id);
                }
            }
        }
        foreach (var author in articles.SelectMany(a => a.Authors))
        {
            if (byName.TryGetValue(author.Trim(), out var id))
            {
                used.Add(id);
            }
        }
        return used;
    }

    private static void ReportUnused(CorpusContext context, Registry registry, HashSet<string> used, Func<string, string> howToUse)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in registry.Entries)
        {
            // A repeated id is CC5006's finding; its first entry stands for both here.
            if (seen.Add(entry.Id) && !used.Contains(entry.Id))
            {
                context.Report(Rule, registry.Path, registry.Text, entry.IdNode.Span, entry.Id, registry.Path, howToUse(entry.Id));
            }
        }
    }
}
