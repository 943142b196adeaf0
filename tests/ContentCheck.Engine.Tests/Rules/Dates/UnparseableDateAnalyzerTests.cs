using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Dates;

namespace ContentCheck.Engine.Tests.Rules.Dates;

public sealed class UnparseableDateAnalyzerTests
{
    private readonly UnparseableDateAnalyzer _analyzer = new();

    [Theory]
    [InlineData("2008-03-18")]
    [InlineData("2007-10-12T21:15:00+00:00")]
    [InlineData("2007-10-12T21:15:00Z")]
    [InlineData("2007-10-12 21:15")]
    [InlineData("2007-10-12T21:15:00.250-05:00")]
    [InlineData("2007-10-12T21:15:00+0530")]
    public void Good_iso_dates(string value) => RuleTester.Verify(_analyzer, $"---\npublished: {value}\n---\n");

    [Theory]
    [InlineData("2008-13-45")]
    [InlineData("2007-02-30")]
    [InlineData("18/03/2008")]
    [InlineData("March 18, 2008")]
    [InlineData("2007-10-12T25:00:00Z")]
    [InlineData("2007-10-12T21:15:00+15:00")]
    public void Bad_dates_are_reported_at_the_value(string value) =>
        RuleTester.Verify(_analyzer, $"---\ntitle: x\npublished: [|{value}|]\n---\n");

    [Fact]
    public void Bad_updated_is_reported_too_and_quoted_values_are_read() => RuleTester.Verify(_analyzer, """
        ---
        published: 2008-03-18
        updated: [|"yesterday"|]
        ---
        """);

    [Fact]
    public void Message_lists_the_accepted_forms()
    {
        var diagnostic = Assert.Single(RuleTester.Run(_analyzer, "---\npublished: 2008-13-45\n---\n"));
        Assert.Equal("'2008-13-45' in 'published' is not a valid date; write it in ISO 8601, one of: 2008-03-18, 2008-03-18T21:15:00+00:00, 2008-03-18T21:15Z", diagnostic.GetMessage());
        Assert.Equal("2,12,2,22", diagnostic.Location.LineSpan.ToString());
    }
}
