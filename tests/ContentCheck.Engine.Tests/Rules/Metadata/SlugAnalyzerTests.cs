using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Metadata;

namespace ContentCheck.Engine.Tests.Rules.Metadata;

public sealed class SlugAnalyzerTests
{
    private readonly SlugAnalyzer _analyzer = new();

    [Theory]
    [InlineData("articles/2007/10/12/us-and-russia-fail-to-bridge-gap.md")]
    [InlineData("articles/2008/07/07/g8-summit-2008.md")]
    [InlineData("articles/2008/07/07/a.md")]
    public void Good_slugs(string path) => RuleTester.Verify(_analyzer, "---\ntitle: x\n---\n", path: path);

    [Theory]
    [InlineData("articles/2007/10/12/US_and_Russia Fail.md", "us-and-russia-fail.md")]
    [InlineData("articles/2007/10/12/café-owners.md", "cafe-owners.md")]
    [InlineData("articles/2007/10/12/talks--end-.md", "talks-end.md")]
    [InlineData("articles/2007/10/12/talks.end.MD", "talks-end.md")]
    public void Bad_slug_names_the_path_and_the_new_name(string path, string newName)
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "[|---|]\ntitle: x\n---\n", path: path));
        var fileName = path.Substring(path.LastIndexOf('/') + 1);
        Assert.Equal($"The file name '{fileName}' of {path} is not a slug (lowercase ASCII letters and digits, words joined by '-'); rename the file to '{newName}'", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_slug_without_letters_is_named_after_the_title()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "[|---|]\ntitle: Talks in Moscow\n---\n", path: "articles/2007/10/12/переговоры.md"));
        Assert.EndsWith("rename the file to 'talks-in-moscow.md'", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_slug_of_a_file_without_front_matter_is_reported_at_its_start() =>
        RuleTester.Verify(_analyzer, "[||]Just text.\n", path: "articles/2007/10/12/Notes.md");
}
