using System.Globalization;
using System.Text.RegularExpressions;
using ContentCheck.Metadata;

namespace ContentCheck.Cli.Fixes;

/// <summary>
/// Rewrites a date that is not ISO 8601 into ISO 8601 (date precision), but only when the written form can mean one
/// day: a month written as a word (<c>18 March 2008</c>, <c>March 18, 2008</c>, <c>Tuesday, 18th Mar 2008</c>) or
/// numbers in year-month-day order (<c>2008/3/18</c>, <c>2008.03.18</c>, <c>20080318</c>). <c>03/04/2008</c> is left
/// alone: it is 3 April in London and March 4 in New York. A weekday that disagrees with the date is left alone too.
/// </summary>
internal static class DateNormalizer
{
    private static readonly string[] Formats =
    {
        "d MMMM yyyy", "d MMM yyyy", "d MMMM, yyyy", "d MMM, yyyy",
        "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy",
        "yyyy/M/d", "yyyy.M.d", "yyyy-M-d", "yyyyMMdd",
    };

    private static readonly Regex Weekday = new(
        @"^(?<day>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Ordinal = new(@"\b(\d{1,2})(st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The ISO form of <paramref name="value"/>, or null when it is already valid or not unambiguous.</summary>
    public static string? TryNormalize(string value)
    {
        var text = value.Trim();
        if (text.Length == 0 || ArticleDate.TryParse(text, out _))
        {
            return null;
        }

        string? weekday = null;
        var match = Weekday.Match(text);
        if (match.Success)
        {
            weekday = match.Groups["day"].Value.Substring(0, 3).ToLowerInvariant();
            text = text.Substring(match.Length);
        }
        text = Ordinal.Replace(text, "$1");
        text = Regex.Replace(text, @"\s+", " ");
        // "Mar. 18, 2008": the abbreviation's dot.
        text = Regex.Replace(text, @"(?<=^[A-Za-z]{3})\.", string.Empty);

        if (!DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }
        if (weekday is not null && !date.ToString("ddd", CultureInfo.InvariantCulture).Equals(weekday, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
