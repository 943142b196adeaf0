namespace ContentCheck.Rules;

/// <summary>Every rule id in one registry. Ids are stable once released (see AnalyzerReleases.Shipped.md):
/// never reuse or renumber one.</summary>
public static class RuleIds
{
#pragma warning disable CS1591 // Each constant is documented by its rule page (Rules/<Family>/<Id>.md).
    // CC0xxx: the tool
    public const string AnalyzerFailure = "CC0001";

    // CC1xxx: metadata
    public const string MissingFrontMatter = "CC1001";
    public const string YamlSyntaxError = "CC1002";
    public const string UnreadableFile = "CC1003";
    public const string DuplicateKey = "CC1004";
    public const string RequiredFieldMissing = "CC1005";
    public const string UnknownField = "CC1006";
    public const string WrongType = "CC1007";
    public const string EmptyValue = "CC1008";
    public const string UnknownSource = "CC1009";

    // CC2xxx: dates
    public const string UnparseableDate = "CC2001";
    public const string PublishedInFuture = "CC2003";
    public const string UpdatedBeforePublished = "CC2004";
    public const string FolderDateMismatch = "CC2005";

    // CC5xxx: corpus
    public const string DuplicateUrl = "CC5001";
    public const string DuplicateSlug = "CC5002";
    public const string DuplicateBody = "CC5003";
    public const string NearDuplicateBody = "CC5004";
    public const string UnusedRegistryEntry = "CC5005";
    public const string DuplicateRegistryId = "CC5006";
#pragma warning restore CS1591
}
