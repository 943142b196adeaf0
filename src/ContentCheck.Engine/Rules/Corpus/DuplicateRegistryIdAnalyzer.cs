using System.Globalization;
using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Project;

namespace ContentCheck.Rules.Corpus;

/// <summary>CC5006: two entries of one registry file have the same id.</summary>
public sealed class DuplicateRegistryIdAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.DuplicateRegistryId,
        "Registry id is used by two entries",
        "The id '{0}' is already the id of the entry at line {1} of {2}; articles that use it get that entry and this one is ignored: give this entry its own id, or merge the two",
        RuleCategory.Corpus,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "An id names one source, person or topic. With two entries under one id, articles silently get the first and the second's name, aliases or license are never used.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterCorpusAction(context =>
    {
        foreach (var registry in new[] { context.Project.Sources, context.Project.People, context.Project.Topics })
        {
            if (registry is not null)
            {
                ReportDuplicates(context, registry);
            }
        }
    });

    private static void ReportDuplicates(CorpusContext context, Registry registry)
    {
        var first = new Dictionary<string, RegistryEntry>(StringComparer.Ordinal);
        foreach (var entry in registry.Entries)
        {
            if (first.TryGetValue(entry.Id, out var earlier))
            {
                var line = registry.Text.GetLinePosition(earlier.IdNode.Span.Start).Line + 1;
                context.Report(Rule, registry.Path, registry.Text, entry.IdNode.Span, entry.Id, line.ToString(CultureInfo.InvariantCulture), registry.Path);
            }
            else
            {
                first.Add(entry.Id, entry);
            }
        }
    }
}
