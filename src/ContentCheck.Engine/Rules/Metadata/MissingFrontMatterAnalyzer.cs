using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Documents;

namespace ContentCheck.Rules.Metadata;

/// <summary>CC1001: the file has no front matter (no opening <c>---</c>, no closing one, or it is empty).</summary>
public sealed class MissingFrontMatterAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.MissingFrontMatter,
        "Article has no front matter",
        "{0}",
        RuleCategory.Metadata,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Every article starts with YAML front matter between two '---' lines: without it the article has no title, source or date.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterDocumentAction(context =>
    {
        var problem = context.Document.Problem;
        var message = problem?.Kind switch
        {
            DocumentProblemKind.Empty => "The file is empty; an article needs front matter between '---' lines (title, source, authors, published) and a body",
            DocumentProblemKind.NoFrontMatter => "The article has no front matter; its first line must be '---', followed by the YAML fields (title, source, authors, published) and a closing '---' line",
            DocumentProblemKind.UnclosedFrontMatter => "The front matter opened here is never closed; add a line '---' after the last YAML field",
            DocumentProblemKind.FrontMatterNotMapping => $"The front matter must be YAML 'key: value' lines, but it is {problem.Detail}",
            _ => null,
        };
        if (message is not null)
        {
            context.Report(Rule, problem!.Span, message);
        }
    });
}
