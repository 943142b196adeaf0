using ContentCheck.Metadata;
using ContentCheck.Project;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Schema;

public sealed class ArticleSchemaLoaderTests
{
    private static ContentProject Load(string schema)
    {
        using var directory = new TemporaryDirectory();
        directory.Write(ArticleSchemaLoader.FileName, schema);
        return ContentProjectLoader.Load(directory.FullPath);
    }

    [Fact]
    public void Without_a_schema_file_the_built_in_schema_applies()
    {
        using var directory = new TemporaryDirectory();
        Assert.Same(ArticleSchema.Default, ContentProjectLoader.Load(directory.FullPath).Schema);
    }

    [Fact]
    public void Jekyll_schema_maps_names_onto_built_in_meanings()
    {
        var project = Load(JekyllSchema.Yaml);
        Assert.Empty(project.Problems);
        Assert.Empty(project.SchemaProblems);
        var schema = project.Schema;

        var date = schema.ForRole(FieldNames.Published)!;
        Assert.Equal("date", date.Name);
        Assert.Equal(FieldKind.Date, date.Kind);
        Assert.True(date.Required); // inherited from the built-in 'published'
        Assert.Equal(3, date.DateFormats.Count);

        // 'published' is now Jekyll's boolean, a field of the repo's own.
        var published = schema.Find("published")!;
        Assert.Equal(FieldKind.Boolean, published.Kind);
        Assert.Null(published.MapsTo);
        Assert.False(published.Required);

        Assert.Equal("author", schema.ForRole(FieldNames.Authors)!.Name);
        Assert.False(schema.ForRole(FieldNames.Authors)!.IsList);
        Assert.Equal("categories", schema.ForRole(FieldNames.Topics)!.Name);
        Assert.Null(schema.Find("topics"));
        Assert.Equal(new[] { "post", "page" }, schema.Find("layout")!.AllowedValues);
        Assert.Equal(FieldKind.Text, schema.Find("permalink")!.Kind);
        Assert.False(schema.Find("source")!.Required);
        Assert.Equal(RegistryKind.Sources, schema.Find("source")!.Registry);
        Assert.NotNull(schema.Find("title")); // base: builtin keeps what is not replaced
        Assert.NotNull(schema.Find("suppress"));
    }

    [Fact]
    public void Jekyll_layout_reads_date_and_slug_from_the_file_name()
    {
        var layout = Load(JekyllSchema.Yaml).Schema.Layout;
        var path = layout.Parse("_posts/2013-12-02-lead-the-way.md");
        Assert.Equal(new DateTime(2013, 12, 2), path.FolderDate);
        Assert.Equal("lead-the-way", path.Slug);
        Assert.Null(layout.Parse("_drafts/lead-the-way.md").Pattern);
        Assert.Equal("_posts/2013-12-03-lead-the-way.md", layout.Redate("_posts/2013-12-02-lead-the-way.md", new DateTime(2013, 12, 3)));
    }

    [Fact]
    public void Defaults_apply_by_glob_and_a_later_entry_wins()
    {
        var schema = Load("""
            defaults:
              - glob: "articles/**"
                values: {source: xinhua, language: en}
              - glob: "articles/bbc/**"
                values: {source: bbc-news}
            """).Schema;
        Assert.Equal("bbc-news", (schema.DefaultFor("articles/bbc/2008/03/18/a.md", "source") as ContentCheck.Yaml.YamlScalar)?.Value);
        Assert.Equal("xinhua", (schema.DefaultFor("articles/2008/03/18/a.md", "source") as ContentCheck.Yaml.YamlScalar)?.Value);
        Assert.Equal("en", (schema.DefaultFor("articles/bbc/a.md", "language") as ContentCheck.Yaml.YamlScalar)?.Value);
        Assert.Null(schema.DefaultFor("other/a.md", "source"));
    }

    [Fact]
    public void Base_none_keeps_only_the_declared_fields_and_suppress()
    {
        var schema = Load("base: none\nfields:\n  title: {required: true}\n  tags: list\n").Schema;
        Assert.Equal(new[] { "title", "tags", "suppress" }, schema.Fields.Select(f => f.Name));
        Assert.Equal(FieldNames.Title, schema.Find("title")!.MapsTo);
        Assert.Null(schema.ForRole(FieldNames.Published));
    }

    [Fact]
    public void Paths_none_turns_the_dated_layout_off()
    {
        var schema = Load("paths: none\n").Schema;
        Assert.False(schema.Layout.EncodesDate);
        Assert.Equal("x", schema.Layout.Parse("a/x.md").Slug);
    }

    [Fact]
    public void A_schema_file_that_is_not_yaml_is_reported_once_and_accepts_any_key()
    {
        var project = Load("fields:\n  date: {maps-to: published\n");
        Assert.Single(project.Problems);
        Assert.True(project.Schema.AllowUnknownFields);
        Assert.NotNull(project.Schema.Find("title"));
    }
}
