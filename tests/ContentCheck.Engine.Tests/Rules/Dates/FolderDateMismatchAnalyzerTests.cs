using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Dates;

namespace ContentCheck.Engine.Tests.Rules.Dates;

public sealed class FolderDateMismatchAnalyzerTests
{
    private readonly FolderDateMismatchAnalyzer _analyzer = new();

    [Theory]
    [InlineData("2008-03-18")]
    [InlineData("2008-03-18T00:00:00+00:00")]
    [InlineData("2008-03-18T23:30:00-05:00")] // 19 March in UTC, but the folders follow the date as written
    [InlineData("2008-03-18T06:00:00+14:00")]
    public void Good_folders_spell_the_local_date(string published) =>
        RuleTester.Verify(_analyzer, $"---\npublished: {published}\n---\n", path: "articles/2008/03/18/talks.md");

    [Fact]
    public void Bad_other_day_says_where_to_move()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\npublished: [|2008-03-17T22:00:00-02:00|]\n---\n", path: "articles/2008/03/18/talks.md"));
        Assert.Equal("The path says 2008-03-18 but 'published' is 2008-03-17T22:00:00-02:00, whose date as written is 2008-03-17; move it to articles/2008/03/17/talks.md (or correct 'published')", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("articles/talks.md")]
    [InlineData("articles/2008/03/talks.md")]
    [InlineData("articles/2008/02/30/talks.md")]
    public void Bad_path_without_a_valid_date_says_the_expected_path(string path)
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\npublished: [|2008-03-18|]\n---\n", path: path));
        Assert.Equal($"The path '{path}' does not encode the publication date (expected articles/YYYY/MM/DD/<slug>.md); move it to articles/2008/03/18/talks.md", diagnostic.GetMessage());
    }

    [Fact]
    public void Unparseable_or_missing_published_is_left_to_other_rules()
    {
        RuleTester.Verify(_analyzer, "---\npublished: soon\n---\n", path: "articles/talks.md");
        RuleTester.Verify(_analyzer, "---\ntitle: x\n---\n", path: "articles/talks.md");
    }
}
