using ContentCheck.Configuration;

namespace ContentCheck.Engine.Tests.Configuration;

/// <summary>Section names as the C# compiler matches them (paths are relative to the .editorconfig's folder).</summary>
public sealed class SectionGlobTests
{
    [Theory]
    // No '/': the file name at any depth.
    [InlineData("*.md", "/a.md", true)]
    [InlineData("*.md", "/articles/2008/03/18/a.md", true)]
    [InlineData("*.md", "/a.mdx", false)]
    [InlineData("a.md", "/articles/a.md", true)]
    [InlineData("a.md", "/articles/ba.md", false)]
    // With '/': anchored at the .editorconfig's folder; '*' stops at '/', '**' does not.
    [InlineData("articles/*.md", "/articles/a.md", true)]
    [InlineData("articles/*.md", "/articles/2008/a.md", false)]
    [InlineData("articles/**.md", "/articles/2008/03/18/a.md", true)]
    [InlineData("articles/**.md", "/other/articles/a.md", false)]
    [InlineData("articles/**/*.md", "/articles/2008/a.md", true)]
    [InlineData("/articles/*.md", "/articles/a.md", true)]
    [InlineData("**", "/x/y/z.md", true)]
    [InlineData("*", "/x/y/z.md", true)]
    // '?' is one character.
    [InlineData("a?.md", "/ab.md", true)]
    [InlineData("a?.md", "/abc.md", false)]
    // Character classes, ranges, negation, escapes.
    [InlineData("[ab].md", "/a.md", true)]
    [InlineData("[ab].md", "/c.md", false)]
    [InlineData("[a-c].md", "/b.md", true)]
    [InlineData("[!a-c].md", "/b.md", false)]
    [InlineData("[!a-c].md", "/d.md", true)]
    [InlineData("\\*.md", "/*.md", true)]
    [InlineData("\\*.md", "/a.md", false)]
    // Choices, nested choices, and numeric ranges.
    [InlineData("*.{md,yml}", "/sources.yml", true)]
    [InlineData("*.{md,yml}", "/site.json", false)]
    [InlineData("{a,{b,c}}.md", "/c.md", true)]
    [InlineData("{a,{b,c}}.md", "/d.md", false)]
    [InlineData("articles/{2007,2008}/**.md", "/articles/2008/03/x.md", true)]
    [InlineData("articles/{2007,2008}/**.md", "/articles/2009/03/x.md", false)]
    [InlineData("file{1..3}.md", "/file2.md", true)]
    [InlineData("file{1..3}.md", "/file4.md", false)]
    [InlineData("file{3..1}.md", "/file1.md", true)]
    [InlineData("articles/{2007..2008}/**", "/articles/2008/x.md", true)]
    [InlineData("articles/{2007..2008}/**", "/articles/2006/x.md", false)]
    [InlineData("f{-2..2}.md", "/f-1.md", true)]
    // Case-sensitive, as the compiler.
    [InlineData("*.md", "/A.MD", false)]
    public void Matches_as_the_compiler(string pattern, string path, bool expected)
    {
        var glob = SectionGlob.TryCreate(pattern);
        Assert.NotNull(glob);
        Assert.Equal(expected, glob!.IsMatch(path));
    }

    [Theory]
    [InlineData("[ab.md")]
    [InlineData("{a,b.md")]
    [InlineData("a}.md")]
    [InlineData("a,b")]
    [InlineData("a\\")]
    public void Malformed_patterns_match_nothing(string pattern) => Assert.Null(SectionGlob.TryCreate(pattern));
}
