using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Project;
using ContentCheck.Text;
using ContentCheck.Yaml;

namespace ContentCheck.Rules.Metadata;

/// <summary>What CC1009, CC1010 and CC1011 share: an id that its registry file does not list, reported at the
/// value with the nearest id (a likely typo), else the known ids, else how to add the first entry.</summary>
internal static class UnknownRegistryId
{
    /// <summary>How many ids a message lists when none is near the value.</summary>
    public const int MaxListedIds = 10;

    /// <summary>Reports every id, in every field of the schema whose ids resolve in the registry of
    /// <paramref name="kind"/>, that the registry does not list (nothing when the repo has no such registry).</summary>
    public static void ReportAll(ArticleContext context, DiagnosticDescriptor rule, RegistryKind kind, string noun, string plural, string entryFields)
    {
        if (context.Project.RegistryOf(kind) is not { } registry)
        {
            return;
        }
        foreach (var (entry, field) in FrontMatterFields.Known(context))
        {
            if (field.Kind == FieldKind.RegistryId && field.Registry == kind)
            {
                Report(context, rule, registry, Scalars(entry.Value, field.IsList), noun, plural, entryFields);
            }
        }
    }

    /// <summary>Reports every id in <paramref name="values"/> that <paramref name="registry"/> does not list.</summary>
    /// <param name="context">The article.</param>
    /// <param name="rule">The rule to report (CC1009, CC1010 or CC1011).</param>
    /// <param name="registry">The registry file the ids must resolve in.</param>
    /// <param name="values">The ids as written.</param>
    /// <param name="noun">What an entry is ("source", "topic", "person").</param>
    /// <param name="plural">The plural, for the list of known ids.</param>
    /// <param name="entryFields">What a new entry needs, e.g. "its name and title".</param>
    private static void Report(ArticleContext context, DiagnosticDescriptor rule, Registry registry, IEnumerable<YamlScalar> values,
        string noun, string plural, string entryFields)
    {
        List<string>? ids = null;
        foreach (var value in values)
        {
            var id = value.Value.Trim();
            if (value.IsNull || id.Length == 0 || registry.Find(id) is not null)
            {
                continue; // An empty value is CC1008's.
            }
            ids ??= registry.Ids.OrderBy(i => i, StringComparer.Ordinal).ToList();
            var advice = StringSimilarity.Nearest(id, ids) is { } nearest ? $"did you mean '{nearest}'?"
                : ids.Count == 0 ? $"{registry.Path} lists no {plural} yet; add an entry '- id: {id}' with {entryFields}"
                : $"the {plural} are {string.Join(", ", ids.Take(MaxListedIds))}{(ids.Count > MaxListedIds ? $" and {ids.Count - MaxListedIds} more" : string.Empty)}; use one of them or add '{id}' to {registry.Path}";
            context.Report(rule, value, id, noun, registry.Path, advice);
        }
    }

    /// <summary>The ids of a value of the right shape: the text of a single-id field, the text items of a list
    /// field. Any other shape is CC1007's to report, so it yields nothing here.</summary>
    private static IEnumerable<YamlScalar> Scalars(YamlNode? value, bool isList) => value switch
    {
        YamlScalar scalar when !isList => new[] { scalar },
        YamlSequence list when isList => list.Items.OfType<YamlScalar>(),
        _ => Array.Empty<YamlScalar>(),
    };
}
