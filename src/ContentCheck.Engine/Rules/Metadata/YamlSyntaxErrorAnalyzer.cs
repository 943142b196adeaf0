using ContentCheck.Analysis;
using ContentCheck.Diagnostics;

namespace ContentCheck.Rules.Metadata;

/// <summary>CC1002: the front matter, or one of the repo's YAML configuration files (site.yml, sources.yml,
/// people.yml, topics.yml), cannot be read, reported where the parser stopped with a hint on the usual cause.</summary>
public sealed class YamlSyntaxErrorAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.YamlSyntaxError,
        "YAML syntax error",
        "{0}",
        RuleCategory.Metadata,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "The front matter of an article and the repo's configuration files (site.yml, sources.yml, people.yml, topics.yml) must be valid YAML of the expected shape; a file that cannot be read yields no metadata at all.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration)
    {
        registration.RegisterDocumentAction(context =>
        {
            if (context.Document.YamlError is { } error)
            {
                context.Report(Rule, error.Span, $"The front matter is not valid YAML: {error.Message}; {Hint(error.Message)}");
            }
        });

        // The configuration files belong to no article: report them once, in their own file.
        registration.RegisterCorpusAction(context =>
        {
            foreach (var problem in context.Project.Problems)
            {
                var message = problem.Message.Contains(" is not valid YAML: ") ? $"{problem.Message}; {Hint(problem.Message)}" : problem.Message;
                context.Report(Rule, problem.Path, problem.Text, problem.Span, message);
            }
        });
    }

    /// <summary>The usual cause of a YamlDotNet message, said as a fix with an example.</summary>
    internal static string Hint(string parserMessage)
    {
        bool Has(string words) => parserMessage.IndexOf(words, StringComparison.OrdinalIgnoreCase) >= 0;
        if (Has("invalid mapping") || Has("mapping values are not allowed"))
        {
            return "a value that contains ': ' must be quoted, e.g. title: \"Rice: no deal on missile defence\"";
        }
        if (Has("cannot start any token"))
        {
            return "a value that starts with @, ` or % must be quoted, e.g. dateline: \"@Moscow\"";
        }
        if (Has("quoted scalar") || Has("double-quoted") || Has("single-quoted"))
        {
            return "close the quote on the value's line; inside \"...\" write a quote as \\\", inside '...' as ''";
        }
        if (Has("flow sequence") || Has("flow mapping") || Has("unclosed '['"))
        {
            return "close the list on the same line, e.g. authors: [Rupert Wingfield-Hayes, Bridget Kendall]";
        }
        if (Has("levels deep") || Has("more than one YAML document"))
        {
            return "front matter is a flat list of 'key: value' lines";
        }
        return "write each field as 'key: value' at the start of its line, indent list items under their key, and quote values that contain ': ' or start with a special character";
    }
}
