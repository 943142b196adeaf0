using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Metadata;

namespace ContentCheck.Engine.Tests.Rules.Metadata;

public sealed class YamlSyntaxErrorAnalyzerTests
{
    private readonly YamlSyntaxErrorAnalyzer _analyzer = new();

    [Fact]
    public void Good_quoted_value_with_a_colon() => RuleTester.Verify(_analyzer, """
        ---
        title: "Rice: no deal on missile defence"
        source: bbc-news
        ---
        Body.
        """);

    [Fact]
    public void Bad_unquoted_colon_is_reported_at_the_colon_with_the_fix()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, """
            ---
            title: Rice[|:|] no deal
            ---
            """));
        Assert.Equal("The front matter is not valid YAML: while scanning a plain scalar value, found invalid mapping; a value that contains ': ' must be quoted, e.g. title: \"Rice: no deal on missile defence\"", diagnostic.GetMessage());
        Assert.Equal("2,12,2,13", diagnostic.Location.LineSpan.ToString());
    }

    [Fact]
    public void Bad_unclosed_list_points_at_its_bracket()
    {
        // "[|[" cannot be marked inline, so the position is asserted directly.
        var diagnostic = Assert.Single(RuleTester.Run(_analyzer, "---\nauthors: [Rupert Wingfield-Hayes\nsource: bbc-news\n---\n"));
        Assert.Equal("2,10,2,11", diagnostic.Location.LineSpan.ToString());
        Assert.EndsWith("close the list on the same line, e.g. authors: [Rupert Wingfield-Hayes, Bridget Kendall]", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_unclosed_quote() => RuleTester.Verify(_analyzer, """
        ---
        title: [|"US and Russia|]
        ---
        """);

    [Fact]
    public void Bad_character_that_cannot_start_a_value() => RuleTester.Verify(_analyzer, """
        ---
        dateline: [|@|]Moscow
        ---
        """);

    [Fact]
    public void Bad_on_a_crlf_file_maps_to_the_right_line() =>
        RuleTester.Verify(_analyzer, "---\r\ntitle: ok\r\nsummary: a[|:|] b\r\n---\r\n");

    [Fact]
    public void Bad_sources_yml_is_reported_in_that_file()
    {
        var diagnostic = Assert.Single(RuleTester.VerifyConfigurationFile(_analyzer, "sources.yml", """
            - id: bbc-news
              name: BBC[|:|] News
            """));
        Assert.StartsWith("sources.yml is not valid YAML: ", diagnostic.GetMessage());
        Assert.Contains("must be quoted", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_registry_shape_and_site_shape_are_reported_too()
    {
        RuleTester.VerifyConfigurationFile(_analyzer, "people.yml", "[|id: sergey-lavrov|]\n");
        RuleTester.VerifyConfigurationFile(_analyzer, "topics.yml", "- id: diplomacy\n- [|title: Missing id|]\n");
        RuleTester.VerifyConfigurationFile(_analyzer, "site.yml", "[|- title: x|]\n");
    }

    [Fact]
    public void Good_registries_have_no_diagnostic() =>
        RuleTester.VerifyConfigurationFile(_analyzer, "sources.yml", "- id: bbc-news\n  name: \"BBC: News\"\n");
}
