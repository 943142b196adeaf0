using ContentCheck.Configuration;

namespace ContentCheck.Engine.Tests.Configuration;

public sealed class EditorConfigFileTests
{
    [Fact]
    public void Reads_preamble_sections_properties_and_ignores_comments_and_junk()
    {
        var file = EditorConfigFile.Parse(
            "# comment\n; also a comment\nroot = TRUE\n\n[*.md]\nDotnet_Diagnostic.CC2003.Severity = Warning\nthis line is junk\n" +
            "[articles/**.md] # trailing comment on a header\ncontentcheck.CC3002.min_words: 6\r\n[a\\#b]\nx = y\n",
            "/repo/content/.editorconfig");

        Assert.True(file.IsRoot);
        Assert.Equal("/repo/content", file.Directory);
        Assert.Equal(new[] { "*.md", "articles/**.md", "a\\#b" }, file.Sections.Select(s => s.Name));
        var first = Assert.Single(file.Sections[0].Properties);
        Assert.Equal(("dotnet_diagnostic.cc2003.severity", "Warning", 5), (first.Key, first.Value, first.Line));
        Assert.Equal(("contentcheck.cc3002.min_words", "6"), (file.Sections[1].Properties[0].Key, file.Sections[1].Properties[0].Value));
    }

    [Fact]
    public void Root_only_counts_in_the_preamble()
    {
        var file = EditorConfigFile.Parse("[*]\nroot = true\n", "/repo/.editorconfig");
        Assert.False(file.IsRoot);
    }
}
