using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Project;
using ContentCheck.Rules.Metadata;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Schema;

public sealed class SchemaConstraintAnalyzerTests : IDisposable
{
    private readonly SchemaConstraintAnalyzer _analyzer = new();
    private readonly TemporaryDirectory _directory = new();
    private readonly ContentProject _project;

    public SchemaConstraintAnalyzerTests()
    {
        _directory.Write(ArticleSchemaLoader.FileName, """
            fields:
              layout: {type: enum, values: [post, page]}
              tags: {type: list, pattern: "^[a-z0-9-]+$"}
              title: {max-length: 20, min-length: 3}
              sections: {type: list, values: [world, business]}
            """);
        _project = ContentProjectLoader.Load(_directory.FullPath);
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Good_values_inside_the_constraints() => RuleTester.Verify(_analyzer, """
        ---
        layout: post
        tags: [missile-defence, g8]
        title: Talks fail
        sections: [world]
        ---
        """, project: _project);

    [Fact]
    public void Good_without_a_schema_file_nothing_is_constrained() =>
        RuleTester.Verify(_analyzer, "---\nlayout: anything\ntitle: " + new string('x', 300) + "\n---\n");

    [Fact]
    public void Bad_enum_value_suggests_the_nearest()
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, "---\nlayout: [|posts|]\n---\n", project: _project));
        Assert.Equal("'posts' is not an allowed value of 'layout'; did you mean 'post'?", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_list_items_outside_the_pattern_and_values() => RuleTester.Verify(_analyzer, """
        ---
        tags: [ok, [|Not OK|], fine]
        sections: [world, [|sport|]]
        ---
        """, project: _project);

    [Fact]
    public void Bad_lengths()
    {
        var diagnostics = RuleTester.Verify(_analyzer, "---\ntitle: [|US and Russia fail to bridge gap|]\n---\n", project: _project);
        Assert.Equal("'title' has 32 characters, more than the 20 the schema allows; shorten it", Assert.Single(diagnostics).GetMessage());
        RuleTester.Verify(_analyzer, "---\ntitle: [|US|]\n---\n", project: _project);
    }
}
