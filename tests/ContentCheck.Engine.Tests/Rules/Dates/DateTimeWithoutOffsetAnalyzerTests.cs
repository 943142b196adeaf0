using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Dates;

namespace ContentCheck.Engine.Tests.Rules.Dates;

public sealed class DateTimeWithoutOffsetAnalyzerTests
{
    private readonly DateTimeWithoutOffsetAnalyzer _analyzer = new();

    [Theory]
    [InlineData("2008-03-18")]
    [InlineData("2007-10-12T21:15:00+00:00")]
    [InlineData("2007-10-12T21:15:00Z")]
    [InlineData("2007-10-12 21:15:00 +08:00")]
    [InlineData("2007-10-12T21:15:00-0500")]
    [InlineData("not a date")]
    public void Good_dates_with_offsets_or_without_time(string value) =>
        RuleTester.Verify(_analyzer, $"---\npublished: {value}\n---\n");

    [Fact]
    public void Bad_date_time_without_offset_says_how_to_add_one()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\npublished: [|2007-10-12T21:15|]\n---\n"));
        Assert.Equal("'2007-10-12T21:15' in 'published' is a time of day without a UTC offset, so it names a different instant in every time zone; add the offset it was written in, e.g. '2007-10-12T21:15:00+00:00' for UTC, or give the date alone if the time is not known", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_every_date_field_is_checked() => RuleTester.Verify(_analyzer, """
        ---
        published: [|2007-10-12 21:15:00|]
        updated: [|"2007-10-13T08:00:00.5"|]
        title: 2007-10-12 21:15:00
        ---
        """);
}
