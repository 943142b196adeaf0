using ContentCheck.Analysis;

namespace ContentCheck.Rules.Metadata;

/// <summary>The CC1xxx analyzers.</summary>
public static class MetadataAnalyzers
{
    /// <summary>Every metadata analyzer.</summary>
    public static IReadOnlyList<ContentAnalyzer> All { get; } = new ContentAnalyzer[]
    {
        new MissingFrontMatterAnalyzer(),
        new YamlSyntaxErrorAnalyzer(),
        new UnreadableFileAnalyzer(),
        new DuplicateKeyAnalyzer(),
        new RequiredFieldMissingAnalyzer(),
        new UnknownFieldAnalyzer(),
        new WrongTypeAnalyzer(),
        new EmptyValueAnalyzer(),
        new UnknownSourceAnalyzer(),
        new UnknownTopicAnalyzer(),
        new UnknownPersonAnalyzer(),
        new LanguageTagAnalyzer(),
        new UrlAnalyzer(),
        new SlugAnalyzer(),
        new InvalidSchemaAnalyzer(),
        new SchemaConstraintAnalyzer(),
    };
}
