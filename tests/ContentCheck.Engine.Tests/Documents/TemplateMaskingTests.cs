using ContentCheck.Documents;
using Markdig.Syntax;

namespace ContentCheck.Engine.Tests.Documents;

public sealed class TemplateMaskingTests
{
    private const string Liquid = "---\ntitle: x\n---\n\n{% highlight ruby %}\n# not a heading\n{% endhighlight %}\n\n{% include note.html %}\n\n{% comment %}\n# hidden\n{% endcomment %}\n\nText after.\n";

    [Fact]
    public void Liquid_highlight_is_code_and_lone_tags_are_not_prose()
    {
        var document = DocumentLoader.Parse(Liquid, "a.md", "a.md", templates: TemplateSyntax.Liquid);
        var body = document.Body!;
        Assert.Empty(body.Descendants<HeadingBlock>());
        Assert.Single(body.Descendants<FencedCodeBlock>());
        var paragraph = Assert.Single(body.Descendants<ParagraphBlock>());
        // Nothing moved: the paragraph's span is the text's place in the file.
        Assert.Equal("Text after.", document.Text.ToString(document.SpanOf(paragraph)));
    }

    [Fact]
    public void Without_templates_the_tags_are_markdown_text()
    {
        var body = DocumentLoader.Parse(Liquid, "a.md", "a.md").Body!;
        Assert.Equal(2, body.Descendants<HeadingBlock>().Count());
    }

    [Fact]
    public void Liquid_output_keeps_link_definitions_and_autolinks()
    {
        var body = DocumentLoader.Parse("---\ntitle: x\n---\n\nSee [the file][1] or <{{ r.url }}>.\n\n[1]: {{ site.url }}/download.rbx\n", "a.md", "a.md", templates: TemplateSyntax.Liquid).Body!;
        Assert.Single(body.Descendants<ParagraphBlock>());
        Assert.Empty(body.Descendants<Markdig.Syntax.Inlines.HtmlInline>());
    }

    [Fact]
    public void Hugo_shortcode_lines_are_not_prose()
    {
        var body = DocumentLoader.Parse("---\ntitle: x\n---\n\n{{< figure src=\"a.jpg\" >}}\n\n{{< highlight go >}}\n# x\n{{< /highlight >}}\n\nText.\n", "a.md", "a.md", templates: TemplateSyntax.Hugo).Body!;
        Assert.Single(body.Descendants<ParagraphBlock>());
        Assert.Single(body.Descendants<FencedCodeBlock>());
        Assert.Empty(body.Descendants<HeadingBlock>());
    }
}
