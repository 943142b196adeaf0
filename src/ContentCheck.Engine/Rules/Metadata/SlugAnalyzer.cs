using System.Text.RegularExpressions;
using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Text;

namespace ContentCheck.Rules.Metadata;

/// <summary>CC1014: the article's slug (its file name without <c>.md</c>) is not lowercase ASCII words joined by <c>-</c>.</summary>
/// <remarks>The offending text is the path, which is in no file. The diagnostic goes where CC1005 puts a
/// front matter-wide finding, the opening <c>---</c> (the start of the file when there is none), and the
/// message names the path and the file name to rename it to.</remarks>
public sealed class SlugAnalyzer : ContentAnalyzer
{
    private static readonly Regex Valid = new("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.BadSlug,
        "Slug is not lowercase words joined by '-'",
        "The file name '{0}' of {1} is not a slug (lowercase ASCII letters and digits, words joined by '-'); rename the file to '{2}'",
        RuleCategory.Metadata,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "The slug is the last part of the article's address on the site. Capitals, spaces, underscores and accents make addresses that differ by case on one server and not on another, that need escaping in links, and that readers cannot type.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterDocumentAction(context =>
    {
        var path = context.Article.PathInfo;
        if (Valid.IsMatch(path.Slug))
        {
            return;
        }
        // A dot in a file name separates words ("talks.end"); Slug.From would join them as in "U.S.".
        var suggested = Slug.From(path.Slug.Replace('.', ' '));
        if (suggested.Length == 0 && context.Article.Title is { } title)
        {
            suggested = Slug.From(title); // "???.md" or a name in another script: the title is the next best guess.
        }
        // Keep what surrounds the slug in the file name (a Jekyll date prefix, the extension).
        var fileName = context.Document.Path.Substring(context.Document.Path.LastIndexOf('/') + 1);
        var at = path.Slug.Length > 0 ? fileName.LastIndexOf(path.Slug, StringComparison.Ordinal) : -1;
        var replacement = suggested.Length > 0 ? suggested : "a-few-words-of-the-title";
        var newName = at >= 0
            ? fileName.Substring(0, at) + replacement + fileName.Substring(at + path.Slug.Length).ToLowerInvariant()
            : replacement + ".md";
        var span = context.Document.OpeningFenceSpan.Length > 0 ? context.Document.OpeningFenceSpan : new TextSpan(0, 0);
        context.Report(Rule, span, fileName, context.Document.Path, newName);
    });
}
