using System.Text;
using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Rules;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Rules;

/// <summary>The README's rule table is generated from the catalog; this test keeps it from drifting.
/// Run with VERIFY_ACCEPT=1 to rewrite the table in README.md.</summary>
public sealed class ReadmeRuleTableTests
{
    private const string Start = "<!-- rules:start -->";
    private const string End = "<!-- rules:end -->";

    [Fact]
    public void Readme_lists_every_rule_with_its_default_severity()
    {
        var readmePath = Path.Combine(RepositoryPaths.Root, "README.md");
        var readme = File.ReadAllText(readmePath);
        var start = readme.IndexOf(Start, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md must contain {Start} ... {End} around the rule table.");

        var expected = BuildTable(new AnalysisRunner(BuiltInAnalyzers.All).Descriptors);
        var actual = readme.Substring(start + Start.Length, end - start - Start.Length);
        if (actual != expected && Environment.GetEnvironmentVariable("VERIFY_ACCEPT") == "1")
        {
            File.WriteAllText(readmePath, readme.Substring(0, start + Start.Length) + expected + readme.Substring(end));
            return;
        }
        Assert.True(actual == expected, "README.md's rule table is out of date; run the tests with VERIFY_ACCEPT=1 or paste:\n" + expected);
    }

    private static string BuildTable(IReadOnlyList<DiagnosticDescriptor> descriptors)
    {
        var table = new StringBuilder("\n| Rule | Category | Default severity | Title |\n|---|---|---|---|\n");
        foreach (var d in descriptors)
        {
            var severity = !d.IsEnabledByDefault ? "none" : d.DefaultSeverity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                DiagnosticSeverity.Info => "suggestion",
                _ => "silent",
            };
            var page = $"src/ContentCheck.Engine/Rules/{d.Category}/{d.Id}.md";
            table.Append($"| [{d.Id}]({page}) | {d.Category} | {severity} | {d.Title} |\n");
        }
        return table.ToString();
    }
}
