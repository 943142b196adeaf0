namespace ContentCheck.Site.Rendering;

/// <summary>HTML that the site built itself (a rendered body, an included partial, JSON-LD): the one kind of value a
/// template writes unescaped. Every other value is escaped by <see cref="HtmlTemplateContext"/>, so a theme cannot
/// forget to escape a title.</summary>
internal sealed class RawHtml
{
    public RawHtml(string html) => Value = html;

    /// <summary>The markup.</summary>
    public string Value { get; }

    public override string ToString() => Value;
}
