using ContentCheck.Metadata;

namespace ContentCheck.Engine.Tests.Metadata;

public sealed class SlugTests
{
    [Theory]
    [InlineData("News Analysis: Russia-U.S. talks on missile shield see no breakthrough", "news-analysis-russia-us-talks-on-missile-shield-see-no-breakthrough")]
    [InlineData("US and Russia fail to bridge gap", "us-and-russia-fail-to-bridge-gap")]
    [InlineData("Łódź: café owners' “strike” in Straße", "lodz-cafe-owners-strike-in-strasse")]
    [InlineData("Growth slows to 3.5% — officials", "growth-slows-to-3-5-officials")]
    [InlineData("  --Ærø ﬁnal!!  ", "aero-final")]
    [InlineData("“…”", "")]
    public void Slug_is_lowercase_ascii_words_joined_by_dashes(string title, string expected) =>
        Assert.Equal(expected, Slug.From(title));

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("negotiations", 10)));

        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.EndsWith("negotiations", slug);
    }
}
