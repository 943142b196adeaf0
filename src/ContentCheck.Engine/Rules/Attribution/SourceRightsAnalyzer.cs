using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Text;
using ContentCheck.Yaml;

namespace ContentCheck.Rules.Attribution;

/// <summary>CC3003: a source in sources.yml declares no rights (no <c>license</c>, or a value that is not one).
/// Reported once, at the source's entry in sources.yml, not in each of its articles.</summary>
public sealed class SourceRightsAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.NoRights,
        "Source declares no rights",
        "{0}",
        RuleCategory.Attribution,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Every source states under what terms its articles are republished: an SPDX license id, 'proprietary' or 'public-domain'. The site prints it under each article; without it nobody can tell whether the corpus may be shared.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterCorpusAction(context =>
    {
        if (context.Project.Sources is not { } sources)
        {
            return;
        }
        var usage = context.Articles.Where(a => a.Source is not null).GroupBy(a => a.Source!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        const string Fix = "an SPDX id such as CC-BY-4.0, 'proprietary' (all rights reserved) or 'public-domain'";
        foreach (var entry in sources.Entries)
        {
            var used = usage.TryGetValue(entry.Id, out var n) ? $" (used by {n} article{(n == 1 ? "" : "s")})" : string.Empty;
            var license = entry.Mapping.Find("license");
            switch (license?.Value)
            {
                case null:
                case YamlScalar { IsNull: true }:
                case YamlScalar s when s.Value.Trim().Length == 0:
                    Report(context, sources.Text, license?.Value is { } empty ? empty.Span : entry.IdNode.Span,
                        $"Source '{entry.Id}'{used} declares no license; add 'license:' to its entry in sources.yml: {Fix}");
                    break;
                case YamlScalar scalar when !LicenseId.IsValid(scalar.Value):
                    Report(context, sources.Text, scalar.Span,
                        $"'{scalar.Value}' is not a license for source '{entry.Id}'{used}{Hint(scalar.Value)}; write {Fix}");
                    break;
                case YamlScalar:
                    break;
                case { } other:
                    // At the key: a list or mapping value can span many lines.
                    Report(context, sources.Text, license!.Key.Span,
                        $"'license' of source '{entry.Id}'{used} must be one value, but it is {other.KindName}; write {Fix}");
                    break;
            }
        }

        void Report(CorpusContext c, SourceText text, TextSpan span, string message) =>
            c.Report(Rule, sources.Path, text, span, message);
    });

    private static string Hint(string value)
    {
        var lower = value.ToLowerInvariant();
        if (lower.Contains("rights reserved") || lower.Contains("copyright") || lower.Contains("©"))
        {
            return " (for all rights reserved, write 'proprietary')";
        }
        var nearest = StringSimilarity.Nearest(value.Trim().Replace(' ', '-'), LicenseId.Common);
        return nearest is null ? string.Empty : $" (did you mean '{nearest}'?)";
    }
}
