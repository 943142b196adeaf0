using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Dates;
using ContentCheck.Project;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Rules.Dates;

public sealed class PublishedBeforeFoundedAnalyzerTests
{
    private readonly PublishedBeforeFoundedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("2008-03-18")]
    [InlineData("1931-11-07")]
    [InlineData("1931-11-07T00:30:00+08:00")]
    public void Good_published_on_or_after_founded(string published) =>
        RuleTester.Verify(_analyzer, $"---\nsource: xinhua\npublished: {published}\n---\n");

    [Fact]
    public void Good_no_founded_date_or_unknown_source() => RuleTester.Verify(_analyzer, """
        ---
        source: wire-service
        published: 1066-10-14
        ---
        """);

    [Fact]
    public void Bad_published_before_founded()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\nsource: xinhua\npublished: [|1908-03-18|]\n---\n"));
        Assert.Equal("'published' is 1908-03-18, before xinhua was founded (1931-11-07 in sources.yml); correct the date (a wrong century or a swapped digit?) or the source", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_the_local_date_counts_not_the_instant() =>
        RuleTester.Verify(_analyzer, "---\nsource: xinhua\npublished: [|1931-11-06T23:30:00-08:00|]\n---\n");

    [Theory]
    [InlineData("1931", "1930-12-31", true)]
    [InlineData("1931", "1931-01-01", false)]
    [InlineData("1931-11", "1931-10-31", true)]
    [InlineData("1931-11", "1931-11-01", false)]
    [InlineData("sometime in 1931", "0001-01-01", false)]
    public void Founded_may_be_a_year_or_a_month(string founded, string published, bool reported)
    {
        using var directory = new TemporaryDirectory();
        directory.Write("sources.yml", $"- id: agency\n  founded: {founded}\n");
        var diagnostics = RuleTester.Run(_analyzer, $"---\nsource: agency\npublished: {published}\n---\n", project: ContentProjectLoader.Load(directory.FullPath));
        Assert.Equal(reported, diagnostics.Count == 1);
    }
}
