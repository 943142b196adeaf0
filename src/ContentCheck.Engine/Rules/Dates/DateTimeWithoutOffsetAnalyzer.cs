using System.Globalization;
using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Rules.Metadata;
using ContentCheck.Yaml;

namespace ContentCheck.Rules.Dates;

/// <summary>CC2002: a date field holds a date-time with no UTC offset (<c>2007-10-12T21:15:00</c>).</summary>
public sealed class DateTimeWithoutOffsetAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.DateTimeWithoutOffset,
        "Date-time without offset",
        "'{0}' in '{1}' is a time of day without a UTC offset, so it names a different instant in every time zone; add the offset it was written in, e.g. '{2}' for UTC, or give the date alone if the time is not known",
        RuleCategory.Dates,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A time of day means nothing without its time zone: 21:15 in Moscow is 18:15 in London. Without an offset the feeds, the site's <time> elements and the order of articles depend on where the build runs, and the checker has to guess (it reads such a time as UTC).");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterFrontMatterAction(context =>
    {
        foreach (var (entry, field) in FrontMatterFields.Known(context))
        {
            if (field.Kind == FieldKind.Date
                && entry.Value is YamlScalar { IsNull: false } value
                && ArticleDate.TryParse(value.Value, field.DateFormats, out var date)
                && date.HasTime && date.Offset is null)
            {
                var example = date.DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+00:00";
                context.Report(Rule, value, value.Value.Trim(), entry.Name, example);
            }
        }
    });
}
