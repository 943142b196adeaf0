using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Hygiene;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Rules.Hygiene;

public sealed class BrokenArticleLinkAnalyzerTests
{
    private const string Linking = "articles/2008/03/18/talks.md";

    private static readonly (string Path, string Text)[] Others =
    {
        ("articles/2008/03/18/medvedev-elected.md", "---\ntitle: x\n---\nText.\n"),
        ("articles/2007/10/12/us-and-russia-fail-to-bridge-gap.md", "---\ntitle: x\n---\nText.\n"),
    };

    [Fact]
    public void Links_to_existing_articles_and_to_the_web_are_fine() => Verify("""
        ---
        title: x
        ---
        See [the election](medvedev-elected.md), [the October talks](../../../2007/10/12/us-and-russia-fail-to-bridge-gap.md#rogue-states),
        [the same from the root](/articles/2007/10/12/us-and-russia-fail-to-bridge-gap.md), [BBC](https://www.bbc.co.uk/news/x.md),
        [mail](mailto:desk@example.org), [an anchor](#top), [a page](../17/), [an image](photo.jpg) and [ref][r].

        [r]: ./medvedev-elected.md
        """);

    [Fact]
    public void Links_to_missing_articles_are_reported_at_the_url() => Verify("""
        ---
        title: x
        ---
        See [the election]([|medvedev-elect.md|]), [October]([|../../../2007/10/13/us-and-russia-fail-to-bridge-gap.md|]),
        [root]([|/articles/2009/01/01/nothing-here.md|]), [too far]([|../../../../../x.md|]) and [ref][r].

        [r]: [|./missing.md|]
        """);

    [Fact]
    public void Message_suggests_the_article_that_was_probably_meant()
    {
        var messages = Run("---\ntitle: x\n---\n[a](../../../2007/10/13/us-and-russia-fail-to-bridge-gap.md) [b](medvedev-elect.md) [c](zzz.md)\n")
            .Select(d => d.GetMessage()).ToList();
        Assert.Equal(new[]
        {
            "The link '../../../2007/10/13/us-and-russia-fail-to-bridge-gap.md' points to 'articles/2007/10/13/us-and-russia-fail-to-bridge-gap.md', which is not an article of this corpus; did you mean '../../../2007/10/12/us-and-russia-fail-to-bridge-gap.md' (articles/2007/10/12/us-and-russia-fail-to-bridge-gap.md)?",
            "The link 'medvedev-elect.md' points to 'articles/2008/03/18/medvedev-elect.md', which is not an article of this corpus; did you mean 'medvedev-elected.md' (articles/2008/03/18/medvedev-elected.md)?",
            "The link 'zzz.md' points to 'articles/2008/03/18/zzz.md', which is not an article of this corpus; fix the path (relative to this file, e.g. ../../18/other-slug.md, or from the content folder, e.g. /articles/2008/03/18/other-slug.md) or remove the link",
        }, messages);
    }

    private static void Verify(string marked)
    {
        var text = MarkedText.Parse(marked);
        var expected = text.Spans.Select(s => $"[{s.Start}..{s.End}) {text.Text.Substring(s.Start, s.End - s.Start)}");
        var actual = Run(text.Text).Select(d => $"[{d.Location.Span.Start}..{d.Location.Span.End}) {text.Text.Substring(d.Location.Span.Start, d.Location.Span.Length)}");
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
    }

    private static IReadOnlyList<Diagnostic> Run(string article)
    {
        var inputs = Others.Select(o => ArticleInput.FromText(o.Path, o.Text)).Append(ArticleInput.FromText(Linking, article)).ToList();
        var result = new AnalysisRunner(new[] { new BrokenArticleLinkAnalyzer() })
            .Run(TestProjects.WithRegistries, inputs, new AnalyzerOptions(RuleTester.DefaultNow));
        Assert.All(result.Diagnostics, d => Assert.Equal(Linking, d.Location.Path));
        return result.Diagnostics;
    }
}
