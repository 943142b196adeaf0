using System.Globalization;

namespace ContentCheck.Metadata;

/// <summary>
/// A date as an article writes it: a calendar date alone (date precision), a date-time with an offset, or a
/// date-time without one (which CC2002 flags). Parsing is strict ISO 8601 so every machine reads the same instant.
/// </summary>
public readonly record struct ArticleDate(DateTime DateTime, TimeSpan? Offset, bool HasTime)
{
    /// <summary>The forms accepted, as shown in the CC2001 message.</summary>
    public const string AcceptedForms = "2008-03-18, 2008-03-18T21:15:00+00:00, 2008-03-18T21:15Z";

    private static readonly string[] DateTimeFormats =
    {
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    };

    /// <summary>The local calendar date as written (the date the folders must encode).</summary>
    public DateTime LocalDate => DateTime.Date;

    /// <summary>The instant: the written time at its offset; a date or an offset-less time is read as UTC.</summary>
    public DateTimeOffset Instant => new(DateTime, Offset ?? TimeSpan.Zero);

    /// <summary>The value in ISO 8601, the form the site and data files print.</summary>
    public string ToIsoString() =>
        !HasTime ? DateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Offset is null ? DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
        : Instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Parses <c>2008-03-18</c>, <c>2008-03-18T21:15[:00[.000]]</c> with <c>Z</c>, <c>+hh:mm</c>,
    /// <c>+hhmm</c> or no offset, with <c>T</c> or a space between date and time.</summary>
    public static bool TryParse(string text, out ArticleDate date)
    {
        date = default;
        var s = text.Trim();
        if (s.Length == 10)
        {
            if (DateTime.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                date = new ArticleDate(day, null, false);
                return true;
            }
            return false;
        }
        if (s.Length < 16)
        {
            return false;
        }

        TimeSpan? offset = null;
        var body = s;
        if (s.EndsWith("Z", StringComparison.OrdinalIgnoreCase))
        {
            offset = TimeSpan.Zero;
            body = s.Substring(0, s.Length - 1);
        }
        else
        {
            var sign = Math.Max(s.LastIndexOf('+'), s.LastIndexOf('-'));
            if (sign > 10)
            {
                if (!TryParseOffset(s.Substring(sign), out var parsed))
                {
                    return false;
                }
                offset = parsed;
                body = s.Substring(0, sign);
            }
        }
        if (!DateTime.TryParseExact(body.TrimEnd(), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return false;
        }
        // 0001-01-01T00:00+14:00 parses but is no instant .NET can hold; Instant would throw on it.
        var utcTicks = value.Ticks - (offset ?? TimeSpan.Zero).Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }
        date = new ArticleDate(value, offset, true);
        return true;
    }

    private static bool TryParseOffset(string text, out TimeSpan offset)
    {
        offset = default;
        var negative = text[0] == '-';
        var digits = text.Substring(1).Replace(":", string.Empty);
        if (digits.Length != 4 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm))
        {
            return false;
        }
        var hours = hhmm / 100;
        var minutes = hhmm % 100;
        if (hours > 14 || minutes > 59)
        {
            return false;
        }
        offset = new TimeSpan(hours, minutes, 0);
        if (negative)
        {
            offset = offset.Negate();
        }
        return true;
    }
}
