using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Yaml;

namespace ContentCheck.Rules.Metadata;

/// <summary>CC1004: a key appears twice in one mapping of the front matter.</summary>
public sealed class DuplicateKeyAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.DuplicateKey,
        "Duplicate key in front matter",
        "'{0}' is already set on line {1}; YAML tools disagree on which of the two values wins, so keep one line and remove the other",
        RuleCategory.Metadata,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A key may appear once in a mapping. Some YAML readers keep the first value, some the last, some refuse the file: a duplicate makes the article mean different things to different tools.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) =>
        registration.RegisterFrontMatterAction(context => Check(context, context.FrontMatter));

    /// <summary>Checks a mapping and every mapping nested in it (e.g. the entries of <c>suppress</c>).</summary>
    private static void Check(ArticleContext context, YamlNode node)
    {
        switch (node)
        {
            case YamlMapping mapping:
                var first = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
                foreach (var entry in mapping.Entries)
                {
                    if (entry.Key is YamlScalar key)
                    {
                        if (first.TryGetValue(key.Value, out var earlier))
                        {
                            context.Report(Rule, key, key.Value, context.Document.Text.GetLinePosition(earlier.Span.Start).Line + 1);
                        }
                        else
                        {
                            first.Add(key.Value, key);
                        }
                    }
                    Check(context, entry.Value);
                }
                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    Check(context, item);
                }
                break;
        }
    }
}
