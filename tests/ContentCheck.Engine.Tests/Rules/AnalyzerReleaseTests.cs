using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Rules;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Rules;

/// <summary>
/// Roslyn's release tracking for ContentCheck: src/ContentCheck.Engine/AnalyzerReleases.Shipped.md (released rules,
/// per "## Release x.y.z") and AnalyzerReleases.Unshipped.md (since the last release), each with "### New Rules",
/// "### Removed Rules" and "### Changed Rules" tables. Replaying them must give exactly the descriptors that ship.
/// </summary>
public sealed class AnalyzerReleaseTests
{
    private static string EngineFolder => Path.Combine(RepositoryPaths.Root, "src", "ContentCheck.Engine");

    [Fact]
    public void Release_tables_list_every_rule_with_its_category_and_severity()
    {
        var tracked = new Dictionary<string, (string Category, string Severity)>(StringComparer.Ordinal);
        var problems = new List<string>();
        Replay(Path.Combine(EngineFolder, "AnalyzerReleases.Shipped.md"), tracked, problems);
        Replay(Path.Combine(EngineFolder, "AnalyzerReleases.Unshipped.md"), tracked, problems);

        var descriptors = new AnalysisRunner(BuiltInAnalyzers.All).Descriptors;
        foreach (var d in descriptors)
        {
            if (!tracked.TryGetValue(d.Id, out var row))
            {
                problems.Add($"{d.Id} has no row; add to AnalyzerReleases.Unshipped.md under '### New Rules': {Row(d)}");
            }
            else if (row.Category != d.Category || row.Severity != Severity(d))
            {
                problems.Add($"{d.Id} is '{row.Category} | {row.Severity}' in the tables but '{d.Category} | {Severity(d)}' in code; " +
                    $"add under '### Changed Rules' in AnalyzerReleases.Unshipped.md: {d.Id} | {d.Category} | {Severity(d)} | {row.Category} | {row.Severity} | {d.Title}" +
                    " (or fix the row itself when the rule is unshipped)");
            }
        }
        foreach (var id in tracked.Keys.Except(descriptors.Select(d => d.Id)).OrderBy(i => i, StringComparer.Ordinal))
        {
            problems.Add($"{id} has a row but no rule; remove the row if it is unshipped, or list it under '### Removed Rules'");
        }

        Assert.True(problems.Count == 0, "Release tables disagree with the rules:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_replay_reports_new_changed_and_removed_rules()
    {
        // The parser is what makes the test above able to fail: check it on a table that changes and removes rules.
        using var temp = new TemporaryDirectory();
        var path = temp.Write("Shipped.md", "; comment\n\n## Release 0.1.0\n\n### New Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\n" +
            "CC1001 | Metadata | Error | A\nCC9001 | Hygiene | Warning | B\n\n## Release 0.2.0\n\n### Removed Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\n" +
            "CC9001 | Hygiene | Warning | B\n\n### Changed Rules\n\nRule ID | New Category | New Severity | Old Category | Old Severity | Notes\n" +
            "--------|--------------|--------------|--------------|--------------|-------\nCC1001 | Metadata | Warning | Metadata | Error | A\n");
        var tracked = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var problems = new List<string>();
        Replay(path, tracked, problems);
        Assert.Empty(problems);
        Assert.Equal(("Metadata", "Warning"), Assert.Single(tracked).Value);
    }

    private static string Row(DiagnosticDescriptor d) => $"{d.Id} | {d.Category} | {Severity(d)} | {d.Title}";

    /// <summary>Roslyn's severity column: Disabled for a rule off by default, else its default severity.</summary>
    private static string Severity(DiagnosticDescriptor d) => d.IsEnabledByDefault ? d.DefaultSeverity.ToString() : "Disabled";

    private static void Replay(string path, Dictionary<string, (string Category, string Severity)> tracked, List<string> problems)
    {
        var table = string.Empty;
        var name = Path.GetFileName(path);
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                table = line.Substring(4).Trim();
                continue;
            }
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                table = string.Empty;
                continue;
            }
            if (!line.Contains('|') || line.StartsWith("Rule ID", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            var id = cells[0];
            switch (table)
            {
                case "New Rules" when cells.Length >= 3:
                    if (!tracked.TryAdd(id, (cells[1], cells[2])))
                    {
                        problems.Add($"{name}: {id} is added twice");
                    }
                    break;
                case "Removed Rules":
                    if (!tracked.Remove(id))
                    {
                        problems.Add($"{name}: {id} is removed but was never added");
                    }
                    break;
                case "Changed Rules" when cells.Length >= 5:
                    if (!tracked.TryGetValue(id, out var old) || old != (cells[3], cells[4]))
                    {
                        problems.Add($"{name}: {id} changes from '{cells[3]} | {cells[4]}', but it was '{old.Category} | {old.Severity}'");
                    }
                    tracked[id] = (cells[1], cells[2]);
                    break;
                default:
                    problems.Add($"{name}: row '{line}' is outside a New/Removed/Changed Rules table or has too few cells");
                    break;
            }
        }
    }
}
