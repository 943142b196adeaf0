using ContentCheck.Metadata;

namespace ContentCheck.Engine.Tests.Metadata;

public sealed class ArticleDateTests
{
    [Theory]
    [InlineData("0001-01-01T00:00:00+14:00")]
    [InlineData("9999-12-31T23:00:00-14:00")]
    public void A_date_time_whose_instant_is_outside_the_calendar_is_rejected(string text) =>
        Assert.False(ArticleDate.TryParse(text, out _));

    [Theory]
    [InlineData("0001-01-01T14:00:00+14:00", "0001-01-01T00:00:00+00:00")]
    [InlineData("9999-12-31T09:59:59-14:00", "9999-12-31T23:59:59+00:00")]
    [InlineData("2007-10-12T21:15:00+00:00", "2007-10-12T21:15:00+00:00")]
    public void A_date_time_at_the_ends_of_the_calendar_has_an_instant(string text, string instant)
    {
        Assert.True(ArticleDate.TryParse(text, out var date));
        Assert.Equal(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), date.Instant);
    }

    [Fact]
    public void A_date_alone_keeps_its_local_date_and_has_no_time()
    {
        Assert.True(ArticleDate.TryParse(" 2008-03-18 ", out var date));
        Assert.False(date.HasTime);
        Assert.Equal(new DateTime(2008, 3, 18), date.LocalDate);
        Assert.Equal("2008-03-18", date.ToIsoString());
    }

    [Theory]
    [InlineData("2008-03-18 +0800")]
    [InlineData("2008-03-18\t+08:00")]
    [InlineData("2008-03-18Z")]
    [InlineData("2008-03-18 Z")]
    [InlineData("2008-03-18-05:00")]
    public void A_date_without_a_time_but_with_an_offset_is_not_iso(string text) =>
        Assert.False(ArticleDate.TryParse(text, out _));

    [Fact]
    public void A_declared_format_with_an_offset_reads_a_date_without_a_time()
    {
        Assert.True(ArticleDate.TryParse("2008-03-18 +08:00", ["yyyy-MM-dd zzz"], out var date));
        Assert.False(date.HasTime);
        Assert.Equal(TimeSpan.FromHours(8), date.Offset);
        Assert.Equal(new DateTime(2008, 3, 18), date.LocalDate);
    }

    [Theory]
    [InlineData("2008-03-18T21:15Z", "2008-03-18T21:15:00+00:00")]
    [InlineData("2008-03-18 21:15:30+01:00", "2008-03-18T21:15:30+01:00")]
    [InlineData("2008-03-18T21:15 -0430", "2008-03-18T21:15:00-04:30")]
    public void A_date_time_with_an_offset_keeps_it(string text, string expected)
    {
        Assert.True(ArticleDate.TryParse(text, out var date));
        Assert.True(date.HasTime);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Instant);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, date.Offset);
    }

    /// <summary>The digit-by-digit reading of the common forms must agree with .NET's exact parse on every input: the
    /// same verdict and the same value. Checked on random near-dates (each character often a digit, sometimes not, the
    /// fields often out of range) and on the edges of each field.</summary>
    [Fact]
    public void The_fast_reading_of_common_forms_agrees_with_the_exact_parse()
    {
        var inputs = new List<string>
        {
            "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "0000-01-01", "0001-01-01", "9999-12-31", "2008-00-10",
            "2008-13-10", "2008-04-31", "2008-04-30", "2008-03-18T24:00", "2008-03-18T23:60", "2008-03-18T23:59:60",
            "2008-03-18T23:59:59", "2008-03-18 07:05", "2008-03-18t21:15", "2008-03-18_21:15", "2008-03-18T21:15.00",
            "2008-03-18T2a:15", "2008/03/18", "20080-3-18", "2008-03-18T21:15:00.5", "+008-03-18", "2008-03-1\u0661",
        };
        var random = new Random(20261123);
        const string alphabet = "0123456789012345678901234567890123456789-: T+x";
        for (var i = 0; i < 20000; i++)
        {
            var template = (i % 3) switch { 0 => "dddd-dd-dd", 1 => "dddd-dd-ddTdd:dd", _ => "dddd-dd-dd dd:dd:dd" };
            var chars = template.Select(c => c == 'd' ? (char)('0' + random.Next(10)) : c).ToArray();
            if (random.Next(4) == 0)
            {
                chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
            }
            inputs.Add(new string(chars));
        }
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF"];
        var culture = System.Globalization.CultureInfo.InvariantCulture;

        foreach (var input in inputs)
        {
            var expected = input.Length == 10
                ? DateTime.TryParseExact(input, "yyyy-MM-dd", culture, System.Globalization.DateTimeStyles.None, out var value)
                : DateTime.TryParseExact(input, formats, culture, System.Globalization.DateTimeStyles.None, out value);

            var parsed = ArticleDate.TryParse(input, out var date);

            Assert.True(expected == parsed, $"'{input}': exact parse {expected}, ArticleDate {parsed}");
            if (parsed)
            {
                Assert.Equal(value, date.DateTime);
                Assert.Equal(value.Kind, date.DateTime.Kind);
                Assert.Null(date.Offset);
            }
        }
    }
}
