using System.Globalization;
using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;

namespace ContentCheck.Rules.Dates;

/// <summary>CC2003: <c>published</c> or <c>updated</c> is later than the build's clock (<see cref="AnalyzerOptions.Now"/>).</summary>
public sealed class PublishedInFutureAnalyzer : ContentAnalyzer
{
    /// <summary>The furthest any time zone is ahead of UTC (UTC+14, Line Islands).</summary>
    private static readonly TimeSpan EarliestZone = TimeSpan.FromHours(14);

    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.PublishedInFuture,
        "Date is in the future",
        "'{0}' is {1}, which is after the build's clock ({2}); correct the date, or pin the clock with ContentCheckNow if the machine's clock is wrong",
        RuleCategory.Dates,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "An archived article cannot have been published or updated after the moment it is checked; a future date is a typo in the year, month or day.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterClockAction(context =>
    {
        var now = context.Options.Now + Tolerance(context.Options.Configuration.GetOption(RuleIds.PublishedInFuture, "tolerance_minutes", context.Document.Path));
        foreach (var name in new[] { FieldNames.Published, FieldNames.Updated })
        {
            if (DateField.Find(context, name) is { } field && IsInFuture(field.Date, now))
            {
                context.Report(Rule, field.Node, field.Name, field.Text,
                    context.Options.Now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }
        }
    });

    /// <summary><c>contentcheck.CC2003.tolerance_minutes</c>: how far ahead of the clock a date may be (a newsroom
    /// whose clocks drift, or that files copy minutes before its publication time). A value that is not a whole number
    /// of minutes from 0 to 10,080 (a week) is ignored.</summary>
    private static TimeSpan Tolerance(string? option) =>
        int.TryParse(option?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes <= 10080
            ? TimeSpan.FromMinutes(minutes)
            : TimeSpan.Zero;

    /// <summary>A date is in the future only when it is in the future in every time zone, so an article dated
    /// "today" in Auckland or Kiribati is never flagged by a build in California:
    /// a date alone is later than today's date at UTC+14; a date-time with an offset is a later instant;
    /// a date-time without an offset (CC2002) is later even read at UTC+14.</summary>
    internal static bool IsInFuture(ArticleDate date, DateTimeOffset now)
    {
        // Tick arithmetic, because a date at either end of the calendar (0001-01-01, 9999-12-31) must not overflow.
        var latestWallClock = now.UtcTicks + EarliestZone.Ticks;
        if (!date.HasTime)
        {
            return date.LocalDate.Ticks > latestWallClock - (latestWallClock % TimeSpan.TicksPerDay);
        }
        if (date.Offset is null)
        {
            return date.DateTime.Ticks > latestWallClock;
        }
        return date.Instant > now;
    }
}
