using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Dates;

namespace ContentCheck.Engine.Tests.Rules.Dates;

public sealed class UpdatedBeforePublishedAnalyzerTests
{
    private readonly UpdatedBeforePublishedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("2007-10-12T21:15:00+00:00", "2007-10-12T21:15:00+00:00")]
    [InlineData("2007-10-12T21:15:00+00:00", "2007-10-13T08:00:00+00:00")]
    [InlineData("2007-10-12T21:15:00+00:00", "2007-10-12T17:20:00-04:00")] // 21:20 UTC
    [InlineData("2008-03-18", "2008-03-18")]
    [InlineData("2008-03-18T23:00:00+08:00", "2008-03-18")] // same date as written
    [InlineData("2008-03-18", "2008-03-18T00:30:00+08:00")]
    public void Good_updated_on_or_after_published(string published, string updated) =>
        RuleTester.Verify(_analyzer, $"---\npublished: {published}\nupdated: {updated}\n---\n");

    [Theory]
    [InlineData("2007-10-12T21:15:00+00:00", "2007-10-12T21:14:59+00:00")]
    [InlineData("2007-10-12T21:15:00+00:00", "2007-10-12T23:00:00+03:00")] // 20:00 UTC
    [InlineData("2008-03-18", "2008-03-17")]
    [InlineData("2008-03-18T01:00:00+08:00", "2008-03-17")]
    public void Bad_updated_before_published(string published, string updated) =>
        RuleTester.Verify(_analyzer, $"---\npublished: {published}\nupdated: [|{updated}|]\n---\n");

    [Fact]
    public void Message_shows_both_values()
    {
        var diagnostic = Assert.Single(RuleTester.Run(_analyzer, "---\npublished: 2008-03-18\nupdated: 2008-03-17\n---\n"));
        Assert.Equal("'updated' (2008-03-17) is before 'published' (2008-03-18); an article cannot be updated before it appears, so correct whichever date is wrong", diagnostic.GetMessage());
    }

    [Fact]
    public void Nothing_to_compare_without_both_dates() =>
        RuleTester.Verify(_analyzer, "---\npublished: 2008-03-18\nupdated: yesterday\n---\n");
}
