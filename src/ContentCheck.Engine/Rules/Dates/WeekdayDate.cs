using System.Globalization;
using System.Text.RegularExpressions;

namespace ContentCheck.Rules.Dates;

/// <summary>A weekday written with its date in running text, as news writes it: "Friday, 12 October 2007",
/// "Tuesday, March 18, 2008", "on Monday, Oct. 15", "Monday 15 October", "Friday the 12th of October".</summary>
/// <param name="Start">Where the weekday starts in the scanned text.</param>
/// <param name="Length">The length of the weekday-to-date run.</param>
/// <param name="Weekday">The weekday written.</param>
/// <param name="Month">The month (1–12).</param>
/// <param name="Day">The day of the month as written (not checked against the month).</param>
/// <param name="Year">The year when the text gives one.</param>
internal readonly record struct WeekdayDate(int Start, int Length, DayOfWeek Weekday, int Month, int Day, int? Year)
{
    private const string Weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    // Full names and the abbreviations of news style (AP: Jan., Feb., Aug., Sept., Oct., Nov., Dec.).
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    // After "12 Oct" a dot is an abbreviation only when the year follows; at the end it closes the sentence.
    private static readonly Regex Pattern = new(
        $@"\b(?<weekday>{Weekdays}),?\s+(?:" +
            $@"(?:the\s+)?(?<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?<month>{Months})\b(?:\.?,?\s+(?<year>\d{{4}})\b)?" +
            $@"|(?<month>{Months})\b\.?\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>\d{{4}})\b)?" +
        ")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Every weekday-and-date run in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<WeekdayDate> FindAll(string text)
    {
        // Cheap exit for the common paragraph that names no weekday at all.
        if (text.IndexOf("day", StringComparison.Ordinal) < 0)
        {
            yield break;
        }
        for (var match = Pattern.Match(text); match.Success; match = match.NextMatch())
        {
            var weekday = (DayOfWeek)Array.IndexOf(new[] { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" }, match.Groups["weekday"].Value);
            var month = MonthNumber(match.Groups["month"].Value);
            var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
            yield return new WeekdayDate(match.Index, match.Length, weekday, month, day, year);
        }
    }

    /// <summary>The date meant: the written year, or else the year that puts the date nearest to
    /// <paramref name="reference"/> (an article of 28 December that says "Monday, Jan. 7" means the next January).
    /// Null when the day does not exist in that month, or there is no year to go by.</summary>
    public DateTime? Resolve(DateTime? reference)
    {
        if (Year is { } year)
        {
            return IsValid(year, Month, Day) ? new DateTime(year, Month, Day) : null;
        }
        if (reference is not { } around)
        {
            return null;
        }
        DateTime? best = null;
        for (var y = around.Year - 1; y <= around.Year + 1; y++)
        {
            if (IsValid(y, Month, Day))
            {
                var candidate = new DateTime(y, Month, Day);
                if (best is null || Math.Abs((candidate - around).Ticks) < Math.Abs((best.Value - around).Ticks))
                {
                    best = candidate;
                }
            }
        }
        return best;
    }

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int MonthNumber(string name) =>
        1 + Array.FindIndex(new[] { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" },
            prefix => name.StartsWith(prefix, StringComparison.Ordinal));
}
