namespace ContentCheck.Diagnostics;

/// <summary>Builds the help link of a rule: its documentation page in the repository, the same page the
/// site renders under <c>rules/</c>. One place, so moving the documentation is one edit.</summary>
public static class HelpLinks
{
    /// <summary>Where the rule pages are published.</summary>
    public const string BaseUri = "https://github.com/contentcheck/contentcheck/blob/main/src/ContentCheck.Engine/Rules/";

    /// <summary>The help link of a rule id in a category.</summary>
    public static string For(string category, string id) => $"{BaseUri}{category}/{id}.md";
}
