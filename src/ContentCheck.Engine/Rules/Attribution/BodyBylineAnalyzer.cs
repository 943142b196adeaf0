using ContentCheck.Analysis;
using ContentCheck.Diagnostics;

namespace ContentCheck.Rules.Attribution;

/// <summary>CC3004: a byline line (<c>By Liao Lei, Xinhua</c>) left near the top of the body. One that names someone
/// who is not in <c>authors</c> contradicts the metadata; one that agrees duplicates what the site prints.</summary>
public sealed class BodyBylineAnalyzer : ContentAnalyzer
{
    /// <summary>How many paragraphs from the top a byline may stand in.</summary>
    public const int TopBlocks = 5;

    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.BodyByline,
        "Byline left in the body",
        "{0}",
        RuleCategory.Attribution,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "The byline belongs in 'authors', from which the site prints it. A 'By ...' line in the body is a leftover of the page the article came from; when it names other people than 'authors', one of the two is wrong.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterBodyAction(context =>
    {
        if (!context.Document.HasFrontMatter)
        {
            return; // without front matter there are no authors to compare with; CC1001/CC1002 speak
        }
        var authors = context.Article.Authors;
        var people = context.Project.People is { } registry ? PeopleIndex.Of(registry) : null;
        foreach (var block in ProseBlock.Of(context).Take(TopBlocks))
        {
            var text = block.Text;
            for (var start = 0; start <= text.Length;)
            {
                var end = text.IndexOf('\n', start);
                end = end < 0 ? text.Length : end;
                var (lineStart, lineEnd) = Trim(text, start, end);
                var line = text.Substring(lineStart, lineEnd - lineStart);
                var names = Byline.Parse(line, context.Project, context.Article.Source, context.Article.Dateline);
                if (names.Count > 0)
                {
                    var strangers = names.Where(n => !authors.Any(a => SamePerson(a, n, people))).ToList();
                    context.Report(Rule, block.ToFileSpan(lineStart, lineEnd), strangers.Count == 0
                        ? $"'{line}' repeats the byline that 'authors' already gives; delete this line: the site prints the byline from 'authors'"
                        : $"'{line}' names {string.Join(" and ", strangers.Select(s => $"'{s}'"))}, who {(strangers.Count == 1 ? "is" : "are")} not in 'authors' ({(authors.Count == 0 ? "empty" : string.Join(", ", authors))}); put the article's real reporters in 'authors' (e.g. authors: [{string.Join(", ", names)}]) and delete this line");
                }
                start = end + 1;
            }
        }
    });

    private static bool SamePerson(string author, string name, PeopleIndex? people) =>
        string.Equals(BylineNames.Normalize(author), BylineNames.Normalize(name), StringComparison.Ordinal)
        || (people?.Find(author) is { } a && people.Find(name) is { } b && a.Person == b.Person);

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }
}
