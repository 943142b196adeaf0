namespace ContentCheck.Engine.Tests.Schema;

/// <summary>The Jekyll schema of docs/schema.md, as the tests use it.</summary>
public static class JekyllSchema
{
    /// <summary>contentcheck.schema.yml of a Jekyll blog.</summary>
    public const string Yaml = """
        base: builtin
        templates: liquid
        unknown-fields: error
        fields:
          date:
            maps-to: published
            formats: ["yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"]
          author:
            maps-to: authors
            type: string
            required: false
          categories:
            maps-to: topics
            type: list
          tags: {type: list, pattern: "^[a-z0-9][a-z0-9 .+#-]*$"}
          layout: {type: enum, values: [post, page]}
          published: {type: bool}
          permalink: string
          comments: bool
          source: {required: false}
        paths:
          - "_posts/{yyyy}-{MM}-{dd}-{slug}.md"
        defaults:
          - glob: "_posts/**"
            values: {layout: post}
        """;
}
