namespace ContentCheck.Diagnostics;

/// <summary>The rule families of DESIGN.md; the category name is also the folder of the rule's source and page.</summary>
public static class RuleCategory
{
    /// <summary>CC0xxx: the tool itself (an analyzer that failed, a suppression that suppresses nothing).</summary>
    public const string Tool = "Tool";

    /// <summary>CC1xxx: front matter, fields, ids, URLs.</summary>
    public const string Metadata = "Metadata";

    /// <summary>CC2xxx: dates and their agreement with paths and text.</summary>
    public const string Dates = "Dates";

    /// <summary>CC3xxx: bylines, quotations, rights.</summary>
    public const string Attribution = "Attribution";

    /// <summary>CC4xxx: scraping leftovers, encoding damage, raw HTML.</summary>
    public const string Hygiene = "Hygiene";

    /// <summary>CC5xxx: rules over the whole corpus.</summary>
    public const string Corpus = "Corpus";
}
