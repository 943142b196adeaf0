using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Dates;

namespace ContentCheck.Engine.Tests.Rules.Dates;

public sealed class WeekdayMismatchAnalyzerTests
{
    private readonly WeekdayMismatchAnalyzer _analyzer = new();

    private static string Article(string body, string published = "2007-10-12T21:15:00+00:00") =>
        $"---\ntitle: x\npublished: {published}\n---\n\n{body}\n";

    [Theory]
    [InlineData("The talks ended on Friday, 12 October 2007, without agreement.")]
    [InlineData("Talks began on Tuesday, March 18, 2008, in Moscow.")]
    [InlineData("He will fly out on Monday, Oct. 15.")]
    [InlineData("They meet again on Monday 15 October.")]
    [InlineData("Friday the 12th of October was the last day.")]
    [InlineData("It closes on Monday, October 15th.")]
    [InlineData("On Tuesday, Sept. 18, 2007 and on Wednesday, 19 Sept 2007.")]
    [InlineData("On Tuesday the minister said nothing. On Friday, 12 people were hurt.")]
    [InlineData("Friday, 31 April 2008 does not exist and is left alone.")]
    [InlineData("`Monday, 12 October 2007` in code is not prose.")]
    public void Good_weekdays_that_match_or_no_date(string body) => RuleTester.Verify(_analyzer, Article(body));

    [Fact]
    public void Bad_day_month_year()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, Article("The talks ended on [|Monday, 12 October 2007|], without agreement.")));
        Assert.Equal("'Monday, 12 October 2007' says Monday, but 12 October 2007 was a Friday; correct the weekday or the date", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_month_day_year() =>
        RuleTester.Verify(_analyzer, Article("Talks began on [|Wednesday, March 18, 2008|], in Moscow."));

    [Fact]
    public void Bad_abbreviated_month_without_year_takes_the_year_of_published()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, Article("He will fly out on [|Tuesday, Oct. 15|].")));
        Assert.Equal("'Tuesday, Oct. 15' says Tuesday, but 15 October 2007 was a Monday (the year is 2007, the one nearest to 'published'); correct the weekday or the date", diagnostic.GetMessage());
    }

    [Fact]
    public void Year_nearest_to_published_crosses_new_year()
    {
        // Published 28 December 2007: "Monday, Jan. 7" is 7 January 2008, a Monday (7 January 2007 was a Sunday).
        RuleTester.Verify(_analyzer, Article("Parliament returns on Monday, Jan. 7.", "2007-12-28"));
        RuleTester.Verify(_analyzer, Article("Parliament returns on [|Sunday, Jan. 7|].", "2007-12-28"));
        // Published 3 January 2008: "Friday, Dec. 28" is 28 December 2007, a Friday.
        RuleTester.Verify(_analyzer, Article("The vote was on Friday, Dec. 28.", "2008-01-03"));
    }

    [Fact]
    public void No_year_and_no_published_date_is_not_guessed() =>
        RuleTester.Verify(_analyzer, "---\ntitle: x\n---\n\nIt ends on Sunday, Oct. 15.\n");

    [Fact]
    public void Bad_without_comma_and_over_a_line_break_and_emphasis() => RuleTester.Verify(_analyzer, Article("""
        They met on [|Monday 12
        October 2007|] and again on *[|Monday, 14 Oct|]*.
        """));

    [Fact]
    public void Bad_in_a_heading_and_a_list() => RuleTester.Verify(_analyzer, Article("""
        ## [|Thursday, 12 October 2007|]

        - [|Friday, October 13, 2007|]: talks
        """));
}
