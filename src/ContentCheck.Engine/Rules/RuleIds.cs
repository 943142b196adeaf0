namespace ContentCheck.Rules;

/// <summary>Every rule id in one registry. Ids are stable once released (see AnalyzerReleases.Shipped.md):
/// never reuse or renumber one.</summary>
public static class RuleIds
{
#pragma warning disable CS1591 // Each constant is documented by its rule page (Rules/<Family>/<Id>.md).
    // CC0xxx: the tool
    public const string AnalyzerFailure = "CC0001";
    public const string UnusedSuppression = "CC0002";
    public const string UnknownSuppressionId = "CC0003";
    public const string SuppressionWithoutReason = "CC0004";

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
    public const string UnknownTopic = "CC1010";
    public const string UnknownPerson = "CC1011";
    public const string BadLanguageTag = "CC1012";
    public const string BadUrl = "CC1013";
    public const string BadSlug = "CC1014";
    public const string InvalidSchema = "CC1015";
    public const string ValueNotAllowed = "CC1016";

    // CC2xxx: dates
    public const string UnparseableDate = "CC2001";
    public const string DateTimeWithoutOffset = "CC2002";
    public const string PublishedInFuture = "CC2003";
    public const string UpdatedBeforePublished = "CC2004";
    public const string FolderDateMismatch = "CC2005";
    public const string WeekdayMismatch = "CC2006";
    public const string PublishedBeforeFounded = "CC2007";

    // CC3xxx: attribution
    public const string NoByline = "CC3001";
    public const string UnattributedQuotation = "CC3002";
    public const string NoRights = "CC3003";
    public const string BodyByline = "CC3004";
    public const string NameVariants = "CC3005";
    public const string UnknownSpeaker = "CC3006";

    // CC4xxx: hygiene
    public const string ScrapingLeftover = "CC4001";
    public const string RawHtml = "CC4002";
    public const string Mojibake = "CC4003";
    public const string NotNormalized = "CC4004";
    public const string ControlCharacter = "CC4005";
    public const string EmptySection = "CC4006";
    public const string BrokenArticleLink = "CC4007";

    // CC5xxx: corpus
    public const string DuplicateUrl = "CC5001";
    public const string DuplicateSlug = "CC5002";
    public const string DuplicateBody = "CC5003";
    public const string NearDuplicateBody = "CC5004";
    public const string UnusedRegistryEntry = "CC5005";
    public const string DuplicateRegistryId = "CC5006";
#pragma warning restore CS1591
}
