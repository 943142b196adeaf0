using System.Globalization;
using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Rules.Attribution;

namespace ContentCheck.Rules.Dates;

/// <summary>CC2006: a weekday in the body that does not fall on the date written with it ("Monday, 12 October 2007",
/// which was a Friday). Without a year in the text, the year comes from <c>published</c>.</summary>
public sealed class WeekdayMismatchAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.WeekdayMismatch,
        "Weekday does not match its date",
        "'{0}' says {1}, but {2} was a {3}{4}; correct the weekday or the date",
        RuleCategory.Dates,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A weekday written next to its date ('Friday, 12 October 2007') must fall on that date. When they disagree one of them is wrong, and a reader cannot tell which: a wrong day, month or year, or a weekday copied from an earlier draft.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterBodyAction(context =>
    {
        var published = context.Article.Published?.LocalDate;
        foreach (var block in ProseBlock.Of(context))
        {
            foreach (var found in WeekdayDate.FindAll(block.Text))
            {
                if (found.Resolve(published) is not { } date || date.DayOfWeek == found.Weekday)
                {
                    continue;
                }
                var written = block.Text.Substring(found.Start, found.Length).Replace('\n', ' ');
                var yearNote = found.Year is null
                    ? $" (the year is {date.Year.ToString(CultureInfo.InvariantCulture)}, the one nearest to 'published')"
                    : string.Empty;
                context.Report(Rule, block.ToFileSpan(found.Start, found.Start + found.Length), written, found.Weekday,
                    date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), date.DayOfWeek, yearNote);
            }
        }
    });
}
