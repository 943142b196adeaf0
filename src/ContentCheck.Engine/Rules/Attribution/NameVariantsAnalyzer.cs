using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Text;
using ContentCheck.Yaml;

namespace ContentCheck.Rules.Attribution;

/// <summary>CC3005: one person written two ways in one article (a people.yml name and its alias, or two aliases).</summary>
public sealed class NameVariantsAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.NameVariants,
        "One person spelled two ways in an article",
        "{0}",
        RuleCategory.Attribution,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "An article spells each person one way. people.yml lists a person's name and its other spellings (aliases); an article that uses two of them reads as two people and defeats search.");

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
        // Per person, each distinct spelling at its first occurrence, in file order.
        var seen = new Dictionary<string, List<(Spelling Spelling, TextSpan Span)>>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (spelling, span) in Occurrences(context, index))
        {
            var id = spelling.Person.Id;
            if (!seen.TryGetValue(id, out var earlier))
            {
                seen.Add(id, new List<(Spelling, TextSpan)> { (spelling, span) });
                continue;
            }
            if (earlier.Any(e => e.Spelling.Text == spelling.Text))
            {
                continue;
            }
            earlier.Add((spelling, span));
            var other = earlier.FirstOrDefault(e => e.Spelling.Text != spelling.Text && !IsShortForm(spelling.Text, e.Spelling.Text));
            if (other.Spelling is not null && reported.Add(id + "\n" + spelling.Text))
            {
                var line = context.Document.Text.GetLinePosition(other.Span.Start).Line + 1;
                context.Report(Rule, span,
                    $"'{spelling.Text}' and '{other.Spelling.Text}' (line {line}) are two spellings of one person ({id} in people.yml) in this article; use one throughout, e.g. '{NameOf(spelling)}'");
            }
        }

        // Opt-in house style: an article that lists the person in 'people' writes the registry name.
        if (string.Equals(context.Options.Configuration.GetOption(RuleIds.NameVariants, "registry_name_only", context.Document.Path), "true", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var (spelling, span) in seen.Values.SelectMany(list => list))
            {
                if (!spelling.IsName && context.Article.People.Contains(spelling.Person.Id) && !reported.Contains(spelling.Person.Id + "\n" + spelling.Text))
                {
                    context.Report(Rule, span,
                        $"'{spelling.Text}' is an alias of {spelling.Person.Id}, which this article lists in 'people'; write the people.yml name '{NameOf(spelling)}'");
                }
            }
        }
    });

    /// <summary>Every spelling in the title, the summary and the body, in file order.</summary>
    private static IEnumerable<(Spelling, TextSpan)> Occurrences(ArticleContext context, PeopleIndex index)
    {
        foreach (var field in new[] { FieldNames.Title, FieldNames.Summary })
        {
            if (context.Article.FieldNode(field) is YamlScalar { IsNull: false } scalar)
            {
                // The raw text of the value: its offsets are the file's.
                foreach (var (spelling, start, end) in index.FindAll(context.Document.Text.ToString(scalar.Span)))
                {
                    yield return (spelling, new TextSpan(scalar.Span.Start + start, end - start));
                }
            }
        }
        foreach (var block in ProseBlock.Of(context))
        {
            foreach (var (spelling, start, end) in index.FindAll(block.Text))
            {
                yield return (spelling, block.ToFileSpan(start, end));
            }
        }
    }

    private static string NameOf(Spelling spelling) => spelling.Person.GetText("name")?.Trim() ?? spelling.Text;

    /// <summary>"Lavrov" is a short form of "Sergey Lavrov", not another spelling: one's words begin or end the other's.</summary>
    private static bool IsShortForm(string a, string b)
    {
        var x = a.Split(' ');
        var y = b.Split(' ');
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return shorter.Length < longer.Length
            && (shorter.SequenceEqual(longer.Take(shorter.Length)) || shorter.SequenceEqual(longer.Skip(longer.Length - shorter.Length)));
    }
}
