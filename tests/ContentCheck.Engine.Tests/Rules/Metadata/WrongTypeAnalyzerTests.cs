using ContentCheck.Analysis;
using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Dates;
using ContentCheck.Rules.Metadata;

namespace ContentCheck.Engine.Tests.Rules.Metadata;

public sealed class WrongTypeAnalyzerTests
{
    private readonly WrongTypeAnalyzer _analyzer = new();

    [Fact]
    public void Good_every_field_in_its_shape() => RuleTester.Verify(_analyzer, """
        ---
        title: 1984
        source: bbc-news
        authors:
          - Rupert Wingfield-Hayes
        published: 2007-10-12T21:15:00+00:00
        topics: [diplomacy]
        people: []
        draft: False
        suppress: [CC3002, {id: CC3005, reason: quoted headline}]
        ---
        """);

    [Fact]
    public void Bad_list_for_a_text_field()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\ntitle: [|[US, Russia]|]\n---\n"));
        Assert.Equal("'title' must be text, but it is a list; write it as 'title: US and Russia fail to bridge gap'", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_text_for_a_list_field()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\nauthors: [|Rupert Wingfield-Hayes|]\n---\n"));
        Assert.Equal("'authors' must be a list, but it is text; write it as 'authors: [Rupert Wingfield-Hayes]'", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_mapping_for_text_and_for_a_list() => RuleTester.Verify(_analyzer, """
        ---
        source: [|{id: bbc-news}|]
        topics:
          [|diplomacy: true|]
        ---
        """);

    [Fact]
    public void Bad_nested_list_item() => RuleTester.Verify(_analyzer, "---\npeople: [sergey-lavrov, [|[condoleezza-rice]|]]\n---\n");

    [Theory]
    [InlineData("[|yes|]", "'yes'")]
    [InlineData("[|\"false\"|]", "the quoted text \"false\"")]
    [InlineData("[|[true]|]", "a list")]
    public void Bad_booleans(string value, string described)
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, $"---\ndraft: {value}\n---\n"));
        Assert.Contains($"'draft' must be true or false, but it is {described}", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_alias_says_to_write_the_value_out()
    {
        var diagnostics = RuleTester.Verify(_analyzer, """
            ---
            title: &t US and Russia
            summary: [|*t|]
            people: [&p sergey-lavrov, [|*p|]]
            ---
            """);
        Assert.All(diagnostics, d => Assert.EndsWith("YAML aliases are not supported in front matter; write the value out", d.GetMessage()));
    }

    [Fact]
    public void Empty_values_and_unknown_fields_are_left_to_their_rules() => RuleTester.Verify(_analyzer, """
        ---
        title:
        authors: ~
        photographer: [a]
        ---
        """);

    [Theory]
    [InlineData("published: {|CC1007:[2008-03-18]|}")]
    [InlineData("published: {|CC2001:18/03/2008|}")]
    [InlineData("updated: {|CC1007:{on: 2008-03-18}|}")]
    public void Wrong_type_and_unparseable_date_never_report_one_value(string line)
    {
        var marked = ContentCheck.Testing.MarkedText.Parse($"---\n{line}\n---\n");
        var runner = new AnalysisRunner(new ContentAnalyzer[] { _analyzer, new UnparseableDateAnalyzer() });
        var result = runner.Run(TestProjects.WithRegistries, new[] { ArticleInput.FromText("articles/2008/03/18/a.md", marked.Text) }, new AnalyzerOptions(RuleTester.DefaultNow));
        var diagnostic = Assert.Single(result.Diagnostics);
        var expected = Assert.Single(marked.Spans);
        Assert.Equal((expected.Id, expected.Start, expected.End), (diagnostic.Id, diagnostic.Location.Span.Start, diagnostic.Location.Span.End));
    }
}
