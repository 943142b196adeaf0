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
}
