using ContentCheck.Documents;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContentCheck.Engine.Tests.Documents;

/// <summary>The Markdown body is parsed once with positions that map back to the original file.</summary>
public sealed class ArticleBodyTests
{
    private const string Article = "---\ntitle: Front matter title\nsummary: not body text\n---\n\n# Heading\n\nFirst paragraph.\n\nSecond paragraph, \"quoted\".\n";

    private static ArticleDocument Parse(string text) => DocumentLoader.Parse(text, "a.md", "a.md");

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_paragraph_maps_back_to_its_exact_line(string newline)
    {
        var doc = Parse(Article.Replace("\n", newline));
        var paragraphs = doc.Body!.Descendants<ParagraphBlock>().ToList();
        Assert.Equal(2, paragraphs.Count);

        var second = doc.Text.GetLinePositionSpan(doc.SpanOf(paragraphs[1]));
        Assert.Equal("10,1,10,28", second.ToString());
        Assert.Equal("Second paragraph, \"quoted\".", doc.Text.ToString(doc.SpanOf(paragraphs[1])));

        var heading = doc.Body!.Descendants<HeadingBlock>().Single();
        Assert.Equal("6,1,6,10", doc.Text.GetLinePositionSpan(doc.SpanOf(heading)).ToString());
    }

    [Fact]
    public void An_inline_maps_back_to_its_column()
    {
        var doc = Parse("\uFEFF---\r\ntitle: A\r\n---\r\nCaf\u00e9 \ud83d\ude00 and *emphasis* here.\r\n");
        var emphasis = doc.Body!.Descendants<EmphasisInline>().Single();
        Assert.Equal("4,13,4,23", doc.Text.GetLinePositionSpan(doc.SpanOf(emphasis)).ToString());
        Assert.Equal("*emphasis*", doc.Text.ToString(doc.SpanOf(emphasis)));
    }

    [Fact]
    public void The_front_matter_is_not_body_text()
    {
        var doc = Parse(Article);
        Assert.True(doc.BodySpan.Start >= doc.FrontMatterSpan.End);
        var literals = doc.Body!.Descendants<LiteralInline>().Select(l => l.Content.ToString()).ToList();
        Assert.DoesNotContain(literals, l => l.Contains("title") || l.Contains("not body text"));
        // The closing fence must not become a thematic break or a setext heading underline.
        Assert.Empty(doc.Body!.Descendants<ThematicBreakBlock>());
        Assert.All(doc.Body!.Descendants(), node => Assert.True(doc.SpanOf(node).Start >= doc.BodySpan.Start));
    }

    [Fact]
    public void A_body_is_parsed_even_when_the_front_matter_yaml_is_broken()
    {
        var doc = Parse("---\ntitle: a: b\n---\nText.\n");
        Assert.NotNull(doc.YamlError);
        var paragraph = doc.Body!.Descendants<ParagraphBlock>().Single();
        Assert.Equal("4,1,4,6", doc.Text.GetLinePositionSpan(doc.SpanOf(paragraph)).ToString());
    }
}
