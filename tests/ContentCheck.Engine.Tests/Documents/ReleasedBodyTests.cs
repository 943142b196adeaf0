using ContentCheck.Documents;
using Markdig.Syntax;

namespace ContentCheck.Engine.Tests.Documents;

/// <summary>A document whose Markdown tree was released (the build server does it between builds) gives the same tree
/// again when asked: same nodes, same spans, same template masking.</summary>
public sealed class ReleasedBodyTests
{
    [Theory]
    [InlineData("---\ntitle: T\n---\nFirst *paragraph* with a [link](../x.md).\n\n## Heading\n\n- item {% include x.html %}\n", TemplateSyntax.Liquid)]
    [InlineData("No front matter, just *text*.\n\n> quoted\n", TemplateSyntax.None)]
    public void A_released_body_is_parsed_again_identically(string text, TemplateSyntax templates)
    {
        var document = DocumentLoader.Parse(text, "/c/articles/a.md", "articles/a.md", templates: templates);
        var before = Shape(document.Body!);

        document.ReleaseBody();
        // Force the released tree out of memory, so the next read parses the text again.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Equal(before, Shape(document.Body!));
    }

    [Fact]
    public void A_document_without_a_body_still_has_none_after_a_release()
    {
        var document = DocumentLoader.Parse("---\ntitle: [unclosed\n", "/c/articles/a.md", "articles/a.md");
        var had = document.Body is not null;

        document.ReleaseBody();

        Assert.Equal(had, document.Body is not null);
    }

    private static List<string> Shape(MarkdownDocument body) =>
        body.Descendants().Select(n => $"{n.GetType().Name} {n.Span.Start}-{n.Span.End} {n.Line}:{n.Column}").ToList();
}
