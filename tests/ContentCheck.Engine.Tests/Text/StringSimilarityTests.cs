using ContentCheck.Text;

namespace ContentCheck.Engine.Tests.Text;

public sealed class StringSimilarityTests
{
    [Theory]
    [InlineData("autors", "authors", 1)]
    [InlineData("pubilshed", "published", 1)]
    [InlineData("Title", "title", 0)]
    [InlineData("", "abc", 3)]
    public void Distance_counts_edits_case_insensitively(string a, string b, int expected) =>
        Assert.Equal(expected, StringSimilarity.Distance(a, b));

    [Theory]
    [InlineData("bbc", null)]
    [InlineData("bbc-new", "bbc-news")]
    [InlineData("xinhau", "xinhua")]
    [InlineData("reuters", null)]
    public void Nearest_suggests_only_likely_typos(string value, string? expected) =>
        Assert.Equal(expected, StringSimilarity.Nearest(value, new[] { "xinhua", "bbc-news", "wire-service" }));
}
