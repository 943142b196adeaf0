using ContentCheck.Diagnostics;

namespace ContentCheck.Analysis;

/// <summary>Where severities and rule options come from (<c>.editorconfig</c>, MSBuild properties).</summary>
public interface IRuleConfiguration
{
    /// <summary>The effective severity of <paramref name="descriptor"/> in the file <paramref name="path"/>
    /// (relative to the content root), or null when the rule is turned off there.</summary>
    DiagnosticSeverity? GetSeverity(DiagnosticDescriptor descriptor, string path);

    /// <summary>A rule option such as <c>contentcheck.CC3002.min_words</c> for a file, or null.</summary>
    string? GetOption(string ruleId, string key, string path);
}
