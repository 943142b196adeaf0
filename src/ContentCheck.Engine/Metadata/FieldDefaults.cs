using ContentCheck.Configuration;
using ContentCheck.Yaml;

namespace ContentCheck.Metadata;

/// <summary>Values an article inherits when its front matter does not set the field, for the articles whose path
/// matches a glob (as docfx's <c>fileMetadata</c> does): e.g. every article under <c>articles/bbc/**</c> has
/// <c>source: bbc-news</c> unless it says otherwise.</summary>
/// <param name="Glob">The pattern as written in the schema file (editorconfig glob syntax, relative to the content root).</param>
/// <param name="Matcher">The compiled pattern.</param>
/// <param name="Values">The field values, as written in the schema file (their spans are in that file).</param>
public sealed record FieldDefaults(string Glob, SectionGlob Matcher, IReadOnlyList<YamlEntry> Values)
{
    /// <summary>Whether an article at <paramref name="relativePath"/> inherits these values.</summary>
    public bool Applies(string relativePath) => Matcher.IsMatch("/" + relativePath);
}
