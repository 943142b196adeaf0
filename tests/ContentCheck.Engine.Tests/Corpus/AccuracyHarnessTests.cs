using ContentCheck.Accuracy;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Corpus;

/// <summary>The accuracy harness at a small scale, so a rule that loses recall or gains false positives fails the
/// build (the README's numbers come from the full-size run of tools/ContentCheck.Accuracy).</summary>
public sealed class AccuracyHarnessTests
{
    /// <summary>Text heuristics (quotations, weekdays, leftovers, name variants) may miss a little; structure may not.</summary>
    private static readonly HashSet<string> Heuristic = new(StringComparer.Ordinal) { "CC2006", "CC3002", "CC3005", "CC3006", "CC4001", "CC5004" };

    [Fact]
    public void Every_injected_fault_is_found_on_its_line_and_clean_articles_stay_clean()
    {
        using var directory = new TemporaryDirectory();
        var report = AccuracyRun.Run(directory.FullPath, cleanCount: 100, faultsPerKind: 4);
        var text = AccuracyRun.Format(report);

        Assert.True(report.CleanFindings.Count == 0, text);
        foreach (var rule in report.Rules.Where(r => r.Injected > 0))
        {
            Assert.True(rule.Recall >= (Heuristic.Contains(rule.RuleId) ? 0.95 : 1.0), $"{rule.RuleId} recall {rule.Recall:P0}\n{text}");
        }
        Assert.Contains(report.Rules, r => r.RuleId == "CC2001" && r.Found == 4);
    }
}
