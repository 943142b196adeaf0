using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Project;
using ContentCheck.Rules.Metadata;

namespace ContentCheck.Engine.Tests.Schema;

public sealed class InvalidSchemaAnalyzerTests
{
    private readonly InvalidSchemaAnalyzer _analyzer = new();

    private string Message(string marked) =>
        Assert.Single(RuleTester.VerifyConfigurationFile(_analyzer, ArticleSchemaLoader.FileName, marked)).GetMessage();

    [Fact]
    public void Good_the_documented_jekyll_schema() =>
        RuleTester.VerifyConfigurationFile(_analyzer, ArticleSchemaLoader.FileName, JekyllSchema.Yaml);

    [Fact]
    public void Bad_unknown_setting_suggests_the_nearest() =>
        Assert.Equal("'feilds' is not a schema setting; did you mean 'fields'?", Message("[|feilds|]:\n  title: string\n"));

    [Fact]
    public void Bad_unknown_field_setting() =>
        Assert.Equal("'maps_to' is not a field setting; did you mean 'maps-to'?", Message("fields:\n  date:\n    [|maps_to|]: published\n    type: date\n"));

    [Fact]
    public void Bad_unknown_type() =>
        Assert.StartsWith("'dat' is not a field type; did you mean 'date'?", Message("fields:\n  when: {type: [|dat|]}\n"));

    [Fact]
    public void Bad_maps_to_an_unknown_field() =>
        Assert.Equal("'publshed' is not a built-in field to map to; did you mean 'published'?", Message("fields:\n  date:\n    maps-to: [|publshed|]\n"));

    [Fact]
    public void Bad_two_fields_map_to_one_meaning() =>
        Assert.Equal("'created' and 'date' (line 2) both map to 'published'; a built-in field can have one name only",
            Message("fields:\n  date: {maps-to: published}\n  created: {maps-to: [|published|]}\n"));

    [Fact]
    public void Bad_mapping_with_a_type_that_cannot_carry_the_meaning() =>
        Assert.StartsWith("'date' maps to 'published', which needs type 'date';", Message("fields:\n  date: {maps-to: [|published|], type: string}\n"));

    [Fact]
    public void Bad_enum_without_values() =>
        Assert.StartsWith("an enum needs its values", Message("fields:\n  layout: {type: [|enum|]}\n"));

    [Fact]
    public void Bad_field_without_a_type() =>
        Assert.StartsWith("'layout' needs a type", Message("fields:\n  [|layout|]: {required: true}\n"));

    [Fact]
    public void Bad_id_without_registry() =>
        Assert.StartsWith("the id field 'desk' needs its registry", Message("fields:\n  [|desk|]: id\n"));

    [Fact]
    public void Bad_pattern_that_is_not_a_regex() =>
        Assert.StartsWith("'[a-z' is not a regular expression", Message("fields:\n  tags: {type: list, pattern: [|\"[a-z\"|]}\n"));

    [Fact]
    public void Bad_length_bounds() =>
        Assert.Equal("'min-length' (10) is more than 'max-length' (5)", Message("fields:\n  title: {min-length: [|10|], max-length: 5}\n"));

    [Fact]
    public void Bad_date_format() =>
        Assert.StartsWith("'HH:mm' is not a date format", Message("fields:\n  date: {maps-to: published, formats: [yyyy-MM-dd, [|\"HH:mm\"|]]}\n"));

    [Fact]
    public void Bad_path_pattern() =>
        Assert.StartsWith("'_posts/{yyyy}-{slug}.md' must have all of {yyyy}, {MM} and {dd}, or none", Message("paths: [|[\"_posts/{yyyy}-{slug}.md\"]|]\n"));

    [Fact]
    public void Bad_default_for_an_undeclared_field() =>
        Assert.Equal("'sorce' is not a field of the schema; did you mean 'source'?", Message("defaults:\n  - glob: \"**\"\n    values: {[|sorce|]: bbc-news}\n"));

    [Fact]
    public void Bad_default_of_the_wrong_shape() =>
        Assert.StartsWith("the default of 'topics' must be a list", Message("defaults:\n  - glob: \"**\"\n    values: {topics: [|diplomacy|]}\n"));

    [Fact]
    public void Bad_schema_that_is_not_a_mapping() =>
        Assert.StartsWith("contentcheck.schema.yml must be a mapping", Message("[|- title|]\n"));
}
