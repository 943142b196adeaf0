using ContentCheck.Metadata;
using ContentCheck.Site.Rendering;

namespace ContentCheck.Site.Pages;

// The values templates see. Scriban exposes each property in snake_case (SourceName → source_name); every string is
// escaped when written, so none of these hold HTML except the RawHtml ones.

/// <summary>A name that may link to a page of the site.</summary>
/// <param name="Name">What to show.</param>
/// <param name="Path">The site-relative page, or null for plain text.</param>
internal sealed record LinkView(string Name, string? Path);

/// <summary>A date for <c>&lt;time datetime&gt;</c>.</summary>
/// <param name="Iso">ISO 8601 as written (date or date-time with offset).</param>
/// <param name="Display">For people: <c>12 October 2007</c> or <c>12 October 2007, 21:15 UTC</c>.</param>
/// <param name="Day">The day alone, for lists.</param>
internal sealed record DateView(string Iso, string Display, string Day)
{
    public static DateView From(ArticleDate date)
    {
        var day = date.DateTime.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        if (!date.HasTime)
        {
            return new DateView(date.ToIsoString(), day, day);
        }
        var time = date.DateTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var zone = date.Offset is not { } offset ? string.Empty
            : offset == TimeSpan.Zero ? " UTC"
            : " UTC" + date.Instant.ToString("zzz", System.Globalization.CultureInfo.InvariantCulture);
        return new DateView(date.ToIsoString(), $"{day}, {time}{zone}", day);
    }
}

/// <summary>A source (outlet) as the site shows it.</summary>
/// <param name="Id">Its id in sources.yml.</param>
/// <param name="Name">Its name (the id when the registry has none).</param>
/// <param name="Homepage">Its homepage when it is an http(s) address; anything else is never a link.</param>
/// <param name="Credit">The line under each of its articles.</param>
/// <param name="Path">Its list page, or null.</param>
internal sealed record SourceView(string Id, string Name, string? Homepage, string Credit, string? Path)
{
    /// <summary>The source's default language, or null.</summary>
    internal string? Language { get; init; }
}

/// <summary>An article as the templates see it.</summary>
internal sealed class ArticleView
{
    public ArticleView(Article article, string title, ArticleDate published, string path)
    {
        _article = article;
        Title = title;
        PublishedDate = published;
        Path = path;
        Published = DateView.From(published);
    }

    /// <summary>The engine's article (not exposed to templates: Scriban sees only what is listed here).</summary>
    internal Article Article => _article ?? throw new InvalidOperationException("The view was detached from its article after its generation.");

    private Article? _article;

    /// <summary>Binds a kept view to this build's parse of its article, whose every field the view shows is unchanged
    /// (see <see cref="KeptModel"/>); when its body changed, its <see cref="Text"/> is read again.</summary>
    internal void Attach(Article article) => _article = article;

    /// <summary>Lets go of the article between generations (see <see cref="KeptModel"/>).</summary>
    internal void Detach() => _article = null;

    internal ArticleDate PublishedDate { get; }

    public string Title { get; }

    /// <summary>The site-relative page path, e.g. <c>articles/2007/10/12/us-and-russia/index.html</c>.</summary>
    public string Path { get; }

    public DateView Published { get; }

    public DateView? Updated { get; init; }

    public SourceView? Source { get; init; }

    public IReadOnlyList<LinkView> Authors { get; init; } = [];

    public string? Dateline { get; init; }

    /// <summary>The original address when it is http(s).</summary>
    public string? OriginalUrl { get; init; }

    public IReadOnlyList<LinkView> Topics { get; init; } = [];

    public IReadOnlyList<LinkView> People { get; init; } = [];

    public string? Summary { get; init; }

    public string Language { get; init; } = "en";

    /// <summary>The rights line: the source's <c>credit</c>, else "© name".</summary>
    public string? Credit => Source?.Credit;

    /// <summary>The body as plain text, rendered afresh on each call: kept for all articles it would take more memory
    /// than the rest of the site (what the site needs from it is in <see cref="Text"/>).</summary>
    internal string RenderPlainText() => Markdown.PlainText.Render(Article.Document.Body);

    /// <summary>Word count, snippet and search words, set when the model is built (and again when a kept view's body
    /// changed: the word count is part of <see cref="Key"/>, so setting it forgets the key).</summary>
    internal Search.ArticleText Text
    {
        get => _text;
        set
        {
            _text = value;
            _key = null;
        }
    }

    private Search.ArticleText _text = null!;

    /// <summary>The number of words in the body.</summary>
    public int WordCount => Text.WordCount;

    /// <summary>Other articles sharing the most people and topics with this one (at most five).</summary>
    public IReadOnlyList<ArticleView> Related { get; internal set; } = [];

    /// <summary>Every field a template can show of this article, except the body and <see cref="Related"/>, in one
    /// string: equal keys, equal list entries and metadata panels (see <see cref="Output.PageCache"/>).</summary>
    internal string Key => _key ??= BuildKey();

    private string? _key;

    // Field by field into one builder: the records' own ToString (their PrintMembers) made this an eighth of what an
    // edit build allocates, for 10,000 views a build.
    private string BuildKey()
    {
        var key = new System.Text.StringBuilder(512);
        void Field(string? value) => key.Append(value).Append('\u0001');
        void Date(DateView? date)
        {
            Field(date?.Iso);
            Field(date?.Display);
            Field(date?.Day);
        }
        void Links(IReadOnlyList<LinkView> links)
        {
            foreach (var link in links)
            {
                key.Append(link.Name).Append('\u0002').Append(link.Path).Append('\u0003');
            }
            key.Append('\u0001');
        }
        Field(Title);
        Field(Path);
        Date(Published);
        Date(Updated);
        Field(Source?.Id);
        Field(Source?.Name);
        Field(Source?.Homepage);
        Field(Source?.Credit);
        Field(Source?.Path);
        Field(Dateline);
        Field(OriginalUrl);
        Field(Summary);
        Field(Language);
        Field(WordCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Links(Authors);
        Links(Topics);
        Links(People);
        return key.ToString();
    }
}

/// <summary>A group of articles with a page of its own: a source, an author, a topic, a person, a year or a month.</summary>
/// <param name="Key">What groups them (an id, a name, <c>2008</c>, <c>2008-03</c>).</param>
/// <param name="Name">What to show.</param>
/// <param name="Path">The group's first list page.</param>
/// <param name="Description">A sentence from the registry, or null.</param>
/// <param name="Articles">Its articles, newest first.</param>
internal sealed record TermView(string Key, string Name, string Path, string? Description, IReadOnlyList<ArticleView> Articles)
{
    public int Count => Articles.Count;
}
