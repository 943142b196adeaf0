using System.Globalization;
using System.Text;
using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Text;

namespace ContentCheck.Rules.Attribution;

/// <summary>CC3006: a quotation attributed to a named person who is not in people.yml.</summary>
public sealed class UnknownSpeakerAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.UnknownSpeaker,
        "Quoted person is not in people.yml",
        "'{0}' is quoted here but is not in people.yml; add the person (- id: {1}, name: {0}){2}",
        RuleCategory.Attribution,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        "People who are quoted belong in people.yml, so the site can list every article that quotes them and every spelling of their name is checked.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterBodyAction(context =>
    {
        if (context.Project.People is not { } people)
        {
            return;
        }
        var index = PeopleIndex.Of(people);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var quotation in QuotationAnalysis.Of(context))
        {
            if (quotation.Speaker is not { FullName: { } name } speaker || index.Find(name) is not null || index.FindAll(name).Any() || !seen.Add(name))
            {
                continue;
            }
            var nearest = StringSimilarity.Nearest(name, index.Spellings.Select(s => s.Text));
            var hint = nearest is null ? string.Empty
                : $", or, if this is another spelling of '{nearest}' ({index.Find(nearest)!.Person.Id}), add '{name}' to that entry's aliases";
            context.Report(Rule, speaker.FullNameSpan, name, Slug(name), hint);
        }
    });

    /// <summary>A people.yml id for a name: "Viktor Kremenyuk" → "viktor-kremenyuk" (accents dropped).</summary>
    internal static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[slug.Length - 1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().TrimEnd('-');
    }
}
