using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Yaml;

namespace ContentCheck.Rules.Metadata;

/// <summary>CC1012: a language field whose value is not a well-formed BCP 47 tag.</summary>
public sealed class LanguageTagAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.BadLanguageTag,
        "Bad language tag",
        "'{0}' in '{1}' is not a BCP 47 language tag; {2}",
        RuleCategory.Metadata,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "The language of an article is a BCP 47 tag (en, en-GB, zh-Hans-CN): the site writes it into <html lang>, where screen readers pick their voice and browsers their hyphenation from it. A language name or an underscore form is not understood there.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterFrontMatterAction(context =>
    {
        foreach (var (entry, field) in FrontMatterFields.Known(context))
        {
            if (field.Kind != FieldKind.LanguageTag || entry.Value is not YamlScalar { IsNull: false } value)
            {
                continue;
            }
            var tag = value.Value.Trim();
            if (tag.Length == 0 || LanguageTag.IsWellFormed(tag))
            {
                continue; // Empty is CC1008's.
            }
            var advice = LanguageTag.Suggest(tag) is { } suggestion
                ? $"did you mean '{suggestion}'?"
                : "write a language code, optionally with a script and a region, e.g. 'en', 'en-GB' or 'zh-Hans-CN'";
            context.Report(Rule, value, tag, entry.Name, advice);
        }
    });
}
