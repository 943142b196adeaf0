using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Corpus;

namespace ContentCheck.Engine.Tests.Rules.Corpus;

public sealed class DuplicateSlugAnalyzerTests
{
    private readonly DuplicateSlugAnalyzer _analyzer = new();

    private static string Article(string title) => $"---\ntitle: {title}\nsource: bbc-news\n---\n\nText.\n";

    [Fact]
    public void The_later_file_is_reported_at_its_title_and_told_a_new_name()
    {
        var diagnostic = Assert.Single(CorpusRuleTester.Verify(_analyzer,
            ("articles/2007/10/12/us-and-russia-fail-to-bridge-gap.md", Article("US and Russia fail to bridge gap")),
            ("articles/2008/03/18/us-and-russia-fail-to-bridge-gap.md", Article("[|US and Russia still fail to bridge gap|]"))));
        Assert.Equal("The file name 'us-and-russia-fail-to-bridge-gap' is also used by articles/2007/10/12/us-and-russia-fail-to-bridge-gap.md; "
            + "a slug names one story: if this is the same story delete one copy, otherwise rename this file (e.g. to 'us-and-russia-fail-to-bridge-gap-2008-03-18.md')",
            diagnostic.GetMessage());
        Assert.Equal("2,8,2,46", diagnostic.Location.LineSpan.ToString());
    }

    [Fact]
    public void Slugs_differing_only_in_case_collide() => CorpusRuleTester.Verify(_analyzer,
        ("articles/2007/10/12/gap.md", Article("One")),
        ("articles/2007/10/13/Gap.md", Article("[|Two|]")));

    [Fact]
    public void An_article_without_a_title_is_reported_at_its_opening_fence() => CorpusRuleTester.Verify(_analyzer,
        ("articles/2007/10/12/gap.md", Article("One")),
        ("articles/2007/10/13/gap.md", "[|---|]\nsource: bbc-news\n---\n\nText.\n"),
        ("articles/2007/10/14/gap.md", "---\ntitle: [|Three|]\n---\n"));

    [Fact]
    public void Different_slugs_are_fine_whatever_their_dates() => CorpusRuleTester.Verify(_analyzer,
        ("articles/2007/10/12/gap.md", Article("One")),
        ("articles/2007/10/12/gap-2.md", Article("Two")),
        ("articles/2008/03/18/shield.md", Article("Three")));
}
