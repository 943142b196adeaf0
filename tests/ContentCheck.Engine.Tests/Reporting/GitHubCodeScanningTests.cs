using System.Text.Json;
using ContentCheck.Analysis;
using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Reporting;
using ContentCheck.Rules;

namespace ContentCheck.Engine.Tests.Reporting;

/// <summary>
/// What GitHub code scanning documents for an uploaded SARIF file ("SARIF support for code scanning" and "SARIF
/// results exceed limits"): version 2.1.0; a tool driver name; rules with id and descriptions; each result with a
/// ruleId that names a rule, message.text, a physical location with a relative uri and a region starting at line 1
/// or later, partialFingerprints (else GitHub computes its own and may duplicate alerts); at most 20 runs per file,
/// 25,000 results and 25,000 rules per run, 1,000 locations per result and 20 tags per rule.
/// </summary>
public sealed class GitHubCodeScanningTests
{
    [Fact]
    public void The_log_meets_GitHub_code_scanning_requirements()
    {
        var runner = new AnalysisRunner(BuiltInAnalyzers.All);
        var result = runner.Run(TestProjects.WithRegistries, new[]
        {
            ArticleInput.FromText("articles/2008/03/18/a.md", "no front matter\n"),
            ArticleInput.FromText("articles/2008/03/19/b.md", "---\ntitle: T\npublished: soon\n---\nBody <!-- contentcheck-disable CC9999 -->\n"),
        }, new AnalyzerOptions(RuleTester.DefaultNow));
        Assert.NotEmpty(result.Diagnostics);
        var writer = new StringWriter();
        SarifWriter.Write(writer, "0.1.0", runner.Descriptors, result.Diagnostics, "/repo/content");

        using var document = JsonDocument.Parse(writer.ToString());
        var root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var runs = root.GetProperty("runs");
        Assert.InRange(runs.GetArrayLength(), 1, 20);
        foreach (var run in runs.EnumerateArray())
        {
            var driver = run.GetProperty("tool").GetProperty("driver");
            Assert.False(string.IsNullOrWhiteSpace(driver.GetProperty("name").GetString()));
            var rules = driver.GetProperty("rules").EnumerateArray().ToList();
            Assert.InRange(rules.Count, 1, 25_000);
            foreach (var rule in rules)
            {
                Assert.Matches("^CC[0-9]{4}$", rule.GetProperty("id").GetString());
                Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
                Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
                Assert.True(!rule.TryGetProperty("properties", out var p) || !p.TryGetProperty("tags", out var tags) || tags.GetArrayLength() <= 20);
            }
            var ruleIds = rules.Select(r => r.GetProperty("id").GetString()).ToList();
            var results = run.GetProperty("results").EnumerateArray().ToList();
            Assert.InRange(results.Count, 1, 25_000);
            foreach (var item in results)
            {
                var ruleId = item.GetProperty("ruleId").GetString();
                Assert.Equal(ruleIds.IndexOf(ruleId), item.GetProperty("ruleIndex").GetInt32());
                Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("message").GetProperty("text").GetString()));
                var locations = item.GetProperty("locations");
                Assert.InRange(locations.GetArrayLength(), 1, 1_000);
                var physical = locations[0].GetProperty("physicalLocation");
                var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
                Assert.False(Uri.TryCreate(uri, UriKind.Absolute, out _), $"{uri} must be relative to the checkout");
                Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
                Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
                Assert.False(string.IsNullOrEmpty(item.GetProperty("partialFingerprints").GetProperty("contentcheck/v1").GetString()));
            }
            Assert.EndsWith("/", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        }
    }
}
