using ContentCheck.Site.Pages;
using ContentCheck.Site.Search;

namespace ContentCheck.Site.Output;

/// <summary>
/// Each article's <see cref="ArticleText"/>, kept between generations in one process (the build server's) while its
/// parse lives: reading the text of 10,000 articles is most of building the site model, and an edit changes one. Word
/// numbers come from one <see cref="Vocabulary"/> that lives as long as the memo, so a kept text's numbers stay valid;
/// the search index writes only words some article has, so the words of deleted articles never reach the site.
/// </summary>
internal sealed class TextMemo
{
    private readonly DocumentMemo<ArticleText> _texts = new();

    /// <summary>The vocabulary every kept text's word numbers refer to.</summary>
    public Vocabulary Vocabulary { get; } = new();

    /// <summary>The article's text, read now from <paramref name="plain"/> (the body's plain text, asked for only then)
    /// or kept from an earlier generation when neither its parse nor anything else the text holds (title, summary,
    /// source, dateline, names) changed.</summary>
    public ArticleText TextOf(ArticleView view, ArticleText.Scratch scratch, Func<string> plain) =>
        _texts.Get(view.Article.Document, ArticleText.InputsOf(view), () => ArticleText.Read(view, Vocabulary, scratch, plain()));
}
