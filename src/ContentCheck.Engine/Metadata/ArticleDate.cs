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
            if (TryParseDigits(s, out var day) || DateTime.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
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
        body = body.TrimEnd();
        // Only a date with a time here: every format below has one, so "2008-03-18 +08:00" stays unparsed (CC2001, or
        // a schema's declared format such as "yyyy-MM-dd zzz").
        if (!(body.Length != 10 && TryParseDigits(body, out var value))
            && !DateTime.TryParseExact(body, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
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

    /// <summary>The common forms read digit by digit — <c>yyyy-MM-dd</c>, then <c>T</c> or a space and <c>HH:mm</c> or
    /// <c>HH:mm:ss</c> — because <see cref="DateTime.TryParseExact(string, string[], IFormatProvider, DateTimeStyles, out DateTime)"/>
    /// tries its formats one by one and was 6 % of analyzing a corpus. False for anything else (a fraction, a bad
    /// digit, an impossible date), which the exact parse then decides: this only ever accepts what it would accept,
    /// with the same value.</summary>
    private static bool TryParseDigits(string s, out DateTime value)
    {
        value = default;
        if ((s.Length != 10 && s.Length != 16 && s.Length != 19) || s[4] != '-' || s[7] != '-')
        {
            return false;
        }
        if (!Number(s, 0, 4, out var year) || !Number(s, 5, 2, out var month) || !Number(s, 8, 2, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        int hour = 0, minute = 0, second = 0;
        if (s.Length > 10)
        {
            if ((s[10] != 'T' && s[10] != ' ') || s[13] != ':' || !Number(s, 11, 2, out hour) || !Number(s, 14, 2, out minute)
                || (s.Length == 19 && (s[16] != ':' || !Number(s, 17, 2, out second)))
                || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }
        }
        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    private static bool Number(string s, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            var digit = s[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }
            value = value * 10 + digit;
        }
        return true;
    }

    /// <summary>Parses ISO 8601 as <see cref="TryParse(string, out ArticleDate)"/> does, else with one of
    /// <paramref name="formats"/> (.NET custom date formats a schema declares, e.g. <c>yyyy-MM-dd HH:mm:ss zzz</c>).
    /// A format with <c>z</c> or <c>K</c> gives the offset; one with <c>H</c>, <c>h</c> or <c>m</c> a time of day.</summary>
    public static bool TryParse(string text, IReadOnlyList<string> formats, out ArticleDate date)
    {
        if (TryParse(text, out date))
        {
            return true;
        }
        var s = text.Trim();
        foreach (var format in formats)
        {
            if (TryParseExact(s, format, out date) || TryParseExact(s, Relaxed(format), out date))
            {
                return true;
            }
        }
        return false;
    }

    // "HH" in a .NET format wants two digits, but Jekyll writes "2013-12-02 7:37:00 -0400" for "yyyy-MM-dd HH:mm:ss zzz":
    // the one-letter forms read one digit or two, so a declared format also accepts unpadded numbers.
    private static readonly System.Text.RegularExpressions.Regex PaddedToken =
        new("(?<![A-Za-z])(HH|hh|dd|MM|mm|ss)(?![A-Za-z])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static string Relaxed(string format) => PaddedToken.Replace(format, m => m.Value.Substring(1));

    private static bool TryParseExact(string s, string format, out ArticleDate date)
    {
        date = default;
        var letters = FormatLetters(format);
        var hasTime = letters.IndexOfAny(new[] { 'H', 'h', 'm' }) >= 0;
        if (letters.IndexOfAny(new[] { 'z', 'K' }) >= 0)
        {
            if (!DateTimeOffset.TryParseExact(s, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
            {
                return false;
            }
            date = new ArticleDate(withOffset.DateTime, withOffset.Offset, hasTime);
            return true;
        }
        if (!DateTime.TryParseExact(s, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }
        date = new ArticleDate(hasTime ? local : local.Date, null, hasTime);
        return true;
    }

    /// <summary>The accepted forms for a message: ISO 8601's when <paramref name="formats"/> is empty, else each
    /// declared format with the same example instant written in it.</summary>
    public static string DescribeForms(IReadOnlyList<string> formats)
    {
        if (formats.Count == 0)
        {
            return AcceptedForms;
        }
        var sample = new DateTimeOffset(2008, 3, 18, 21, 15, 0, TimeSpan.Zero);
        return string.Join(", ", formats.Select(f => $"{Example(sample, f)} ({f})")) + ", or ISO 8601 (" + AcceptedForms + ")";
    }

    /// <summary>An instant written in <paramref name="format"/>, or null when the format is not a valid .NET date format.</summary>
    public static string? Example(DateTimeOffset sample, string format)
    {
        try
        {
            return sample.ToString(format, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The pattern letters of a custom format, without its quoted or escaped literals.</summary>
    private static string FormatLetters(string format)
    {
        var letters = new System.Text.StringBuilder(format.Length);
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c is '\'' or '"')
            {
                var close = format.IndexOf(c, i + 1);
                i = close < 0 ? format.Length : close;
            }
            else
            {
                letters.Append(c);
            }
        }
        return letters.ToString();
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
