using ContentCheck.Metadata;
using ContentCheck.Text;
using Markdig.Syntax;

namespace ContentCheck.Rules.Corpus;

/// <summary>Where the corpus rules point in an article: a rule about two files still needs one precise span.</summary>
internal static class CorpusSpans
{
    /// <summary>The value of the field with the built-in meaning <paramref name="role"/>, or null when the article has none.</summary>
    public static TextSpan? FieldValue(Article article, string role) =>
        article.FieldNode(role)?.Span;

    /// <summary>The title's value, else the opening <c>---</c> line, else the file's start: the line a reader
    /// recognizes the article by.</summary>
    public static TextSpan Title(Article article) =>
        FieldValue(article, FieldNames.Title) ?? article.Document.OpeningFenceSpan;

    /// <summary>The body's first paragraph (its first block when it has no paragraph; its start when empty).</summary>
    public static TextSpan FirstParagraph(Article article)
    {
        var document = article.Document;
        if (document.Body is not { } body)
        {
            return new TextSpan(document.BodySpan.Start, 0);
        }
        var block = body.Descendants<ParagraphBlock>().FirstOrDefault() ?? (Block?)body.FirstOrDefault();
        return block is null ? new TextSpan(document.BodySpan.Start, 0) : document.SpanOf(block);
    }
}
