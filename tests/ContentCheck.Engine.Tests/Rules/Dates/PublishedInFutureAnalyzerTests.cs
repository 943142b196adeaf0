using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Dates;

namespace ContentCheck.Engine.Tests.Rules.Dates;

public sealed class PublishedInFutureAnalyzerTests
{
    private readonly PublishedInFutureAnalyzer _analyzer = new();

    /// <summary>Evening in UTC: it is already 19 March at UTC+14 (08:00 there), still 18 March in the Americas.</summary>
    private static readonly DateTimeOffset Now = new(2008, 3, 18, 18, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2008-03-18")]
    [InlineData("2008-03-19")] // today at UTC+14 (Kiribati)
    [InlineData("2008-03-18T18:00:00Z")]
    [InlineData("2008-03-19T03:00:00+09:00")] // 18:00 UTC
    [InlineData("2008-03-19T07:59:00")] // no offset: could be the wall clock at UTC+14
    public void Good_not_later_than_the_clock_in_some_time_zone(string value) =>
        RuleTester.Verify(_analyzer, $"---\npublished: {value}\nupdated: {value}\n---\n", now: Now);

    [Theory]
    [InlineData("2008-03-20")]
    [InlineData("2008-03-18T18:00:01Z")]
    [InlineData("2008-03-18T13:00:01-05:00")]
    [InlineData("2008-03-19T08:01:00")]
    [InlineData("2080-01-01")]
    public void Bad_later_than_the_clock_everywhere(string value) =>
        RuleTester.Verify(_analyzer, $"---\npublished: [|{value}|]\n---\n", now: Now);

    [Fact]
    public void Tolerance_option_allows_dates_that_many_minutes_ahead_and_no_more()
    {
        var configuration = new OptionConfiguration("CC2003", "tolerance_minutes", "30");
        RuleTester.Verify(_analyzer, "---\npublished: 2008-03-18T18:30:00Z\n---\n", now: Now, configuration: configuration);
        RuleTester.Verify(_analyzer, "---\npublished: [|2008-03-18T18:31:00Z|]\n---\n", now: Now, configuration: configuration);
        RuleTester.Verify(_analyzer, "---\npublished: [|2008-03-18T18:30:00Z|]\n---\n", now: Now, configuration: new OptionConfiguration("CC2003", "tolerance_minutes", "half an hour"));
    }

    [Fact]
    public void Bad_updated_too_and_the_message_names_the_clock()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, """
            ---
            published: 2007-10-12
            updated: [|2070-10-12|]
            ---
            """, now: Now));
        Assert.Equal("'updated' is 2070-10-12, which is after the build's clock (2008-03-18T18:00:00Z); correct the date, or pin the clock with ContentCheckNow if the machine's clock is wrong", diagnostic.GetMessage());
    }

    [Fact]
    public void Unparseable_dates_are_left_to_cc2001() =>
        RuleTester.Verify(_analyzer, "---\npublished: 2080-13-01\n---\n", now: Now);
}
