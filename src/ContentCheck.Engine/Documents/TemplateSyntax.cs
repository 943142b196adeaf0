namespace ContentCheck.Documents;

/// <summary>The template language a content repo's Markdown may contain, which is not prose: Jekyll's Liquid
/// (<c>{% highlight ruby %}</c>, <c>{% include x.html %}</c>) or Hugo's shortcodes (<c>{{&lt; figure &gt;}}</c>).</summary>
public enum TemplateSyntax
{
    /// <summary>Plain CommonMark (the built-in article format).</summary>
    None,

    /// <summary>Jekyll's Liquid tags.</summary>
    Liquid,

    /// <summary>Hugo's shortcodes.</summary>
    Hugo,
}
