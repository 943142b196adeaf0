using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Rules.Attribution;

/// <summary>The two seed articles of content/ and their raw scraped files (tests/Fixtures/seeds, byte-identical).</summary>
internal static class AttributionFixtures
{
    public const string XinhuaArticle = "articles/2008/03/18/russia-us-talks-on-missile-shield-see-no-breakthrough.md";
    public const string BbcArticle = "articles/2007/10/12/us-and-russia-fail-to-bridge-gap.md";
    public const string BbcRawSeed = "000_f132bdb0ea7f04bb.txt";
    public const string XinhuaRawSeed = "004_68139b436359ca2d.txt";

    /// <summary>An article of the embedded content repo, as text.</summary>
    public static string ContentArticle(string path) => File.ReadAllText(Path.Combine(RepositoryPaths.Content, path));

    /// <summary>A raw seed file's text.</summary>
    public static string RawSeed(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "seeds", name));

    /// <summary>A raw seed as the body of an article with the given front matter lines.</summary>
    public static string WrappedRawSeed(string name, string frontMatter) => $"---\n{frontMatter.TrimEnd()}\n---\n{RawSeed(name)}";
}
