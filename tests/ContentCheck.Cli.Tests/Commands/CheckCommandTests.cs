using System.Text.Json;
using ContentCheck.Cli.Tests.Infrastructure;

namespace ContentCheck.Cli.Tests.Commands;

/// <summary><c>contentcheck check</c>: SARIF, .editorconfig severities, suppressions and baselines, in-process.</summary>
public sealed class CheckCommandTests
{
    private const string Suppressed =
        "---\ntitle: Bad\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2008-13-45\nsuppress:\n  - {id: CC2001, reason: a test of suppressions}\n---\nBody.\n";

    [Fact]
    public void Sarif_on_standard_output_is_a_2_1_0_log_with_the_rules_and_the_finding()
    {
        using var repo = new TestRepo();
        repo.Write(TestRepo.BadDatePath, TestRepo.BadDate);

        var run = InProcessCli.Run("check", repo.Root, "--format", "sarif", "--now", TestRepo.NowText);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        using var log = JsonDocument.Parse(run.Out);
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var sarifRun = Assert.Single(log.RootElement.GetProperty("runs").EnumerateArray());
        var driver = sarifRun.GetProperty("tool").GetProperty("driver");
        Assert.Equal("ContentCheck", driver.GetProperty("name").GetString());
        Assert.Equal("0.1.0", driver.GetProperty("version").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("CC2001", rules);
        Assert.Contains("CC5004", rules);
        Assert.Equal(new Uri(repo.Root + "/").AbsoluteUri, sarifRun.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());

        var result = Assert.Single(sarifRun.GetProperty("results").EnumerateArray());
        Assert.Equal("CC2001", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.False(result.TryGetProperty("baselineState", out _));
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(TestRepo.BadDatePath, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = location.GetProperty("region");
        Assert.Equal((5, 12, 5, 22), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.Equal("2008-13-45", region.GetProperty("snippet").GetProperty("text").GetString());
    }

    [Fact]
    public void Output_writes_the_log_to_a_file_and_the_build_lines_to_the_terminal()
    {
        using var repo = new TestRepo();
        repo.Write(TestRepo.BadDatePath, TestRepo.BadDate);
        var sarif = repo.Path("artifacts/contentcheck.sarif");

        var run = InProcessCli.Run("check", repo.Root, "--format", "sarif", "--output", sarif, "--now", TestRepo.NowText);
        var first = File.ReadAllBytes(sarif);
        var again = InProcessCli.Run("check", repo.Root, "--format", "sarif", "--output", sarif, "--now", TestRepo.NowText);

        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith("bad-date.md(5,12,5,22): error CC2001: '2008-13-45' in 'published' is not a valid date; write it in ISO 8601, one of: 2008-03-18, 2008-03-18T21:15:00+00:00, 2008-03-18T21:15Z",
            Assert.Single(run.DiagnosticLines));
        Assert.Contains("ContentCheck: 3 articles, 1 error, 0 warnings in ", run.Out);
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        Assert.Equal("CC2001", log.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString());
        // Deterministic: the same content gives the same bytes, and no temporary file is left beside it.
        Assert.Equal(1, again.ExitCode);
        Assert.Equal(first, File.ReadAllBytes(sarif));
        Assert.Equal(new[] { "contentcheck.sarif" }, Directory.GetFiles(repo.Path("artifacts")).Select(Path.GetFileName));
    }

    [Fact]
    public void Suppressed_findings_are_left_out_of_text_and_json_and_marked_in_sarif()
    {
        using var repo = new TestRepo();
        repo.Write(TestRepo.BadDatePath, Suppressed);

        var text = InProcessCli.Run("check", repo.Root, "--now", TestRepo.NowText);
        var json = InProcessCli.Run("check", repo.Root, "--format", "json", "--now", TestRepo.NowText);
        var sarif = InProcessCli.Run("check", repo.Root, "--format", "sarif", "--now", TestRepo.NowText);

        Assert.True(text.ExitCode == 0, text.Out);
        Assert.Empty(text.DiagnosticLines);
        Assert.Contains("ContentCheck: 3 articles, 0 errors, 0 warnings in ", text.Out);
        Assert.Equal(0, json.ExitCode);
        Assert.Empty(JsonDocument.Parse(json.Out).RootElement.EnumerateArray());
        var result = Assert.Single(JsonDocument.Parse(sarif.Out).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("CC2001", result.GetProperty("ruleId").GetString());
        var suppression = Assert.Single(result.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("a test of suppressions", suppression.GetProperty("justification").GetString());
    }

    [Theory]
    [InlineData("warning", 0, ": warning CC2001: ")]
    [InlineData("suggestion", 0, ": info CC2001: ")]
    [InlineData("none", 0, null)]
    [InlineData("error", 1, ": error CC2001: ")]
    public void EditorConfig_severities_apply_as_in_the_build(string severity, int exitCode, string? expected)
    {
        using var repo = new TestRepo();
        repo.Write(TestRepo.BadDatePath, TestRepo.BadDate);
        repo.Write(".editorconfig", $"root = true\n\n[articles/**.md]\ndotnet_diagnostic.CC2001.severity = {severity}\n");

        var run = InProcessCli.Run("check", repo.Root, "--now", TestRepo.NowText);

        Assert.Equal(exitCode, run.ExitCode);
        if (expected is null)
        {
            Assert.Empty(run.DiagnosticLines);
        }
        else
        {
            Assert.Contains(expected, Assert.Single(run.DiagnosticLines));
        }
    }

    [Fact]
    public void Update_baseline_records_the_findings_then_only_new_ones_fail_and_fixed_ones_are_removable()
    {
        using var repo = new TestRepo();
        repo.Write(TestRepo.BadDatePath, TestRepo.BadDate);
        var baseline = repo.Path("contentcheck.baseline.json");

        var adopt = InProcessCli.Run("check", repo.Root, "--update-baseline", baseline, "--now", TestRepo.NowText);
        Assert.True(adopt.ExitCode == 0, adopt.Out);
        Assert.Contains(": info CC2001: ", Assert.Single(adopt.DiagnosticLines));
        Assert.Contains($"Wrote {baseline}: 1 known finding, reported as info from now on.", adopt.Out);
        Assert.Contains("\"ruleId\": \"CC2001\"", File.ReadAllText(baseline));

        const string NewBad = "articles/2008/03/18/new-bad.md";
        repo.Write(NewBad, TestRepo.BadDate.Replace("title: Bad", "title: New bad"));
        var known = InProcessCli.Run("check", repo.Root, "--baseline", baseline, "--now", TestRepo.NowText);
        var sarif = InProcessCli.Run("check", repo.Root, "--baseline", baseline, "--format", "sarif", "--now", TestRepo.NowText);

        Assert.Equal(1, known.ExitCode);
        Assert.Equal(2, known.DiagnosticLines.Count);
        Assert.Contains(known.DiagnosticLines, l => l.Contains("bad-date.md(5,12,5,22): info CC2001: ", StringComparison.Ordinal));
        Assert.Contains(known.DiagnosticLines, l => l.Contains("new-bad.md(5,12,5,22): error CC2001: ", StringComparison.Ordinal));
        var states = JsonDocument.Parse(sarif.Out).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(),
                r.GetProperty("baselineState").GetString(), r.GetProperty("level").GetString()))
            .ToList();
        Assert.Equal(new (string?, string?, string?)[] { (TestRepo.BadDatePath, "unchanged", "error"), (NewBad, "new", "error") }, states);

        File.Delete(repo.Path(TestRepo.BadDatePath));
        File.Delete(repo.Path(NewBad));
        var fixedRun = InProcessCli.Run("check", repo.Root, "--baseline", baseline, "--now", TestRepo.NowText);

        Assert.Equal(0, fixedRun.ExitCode);
        Assert.Contains($"{baseline}: removable baseline entry: CC2001 in {TestRepo.BadDatePath} (\"'2008-13-45' in 'published' is not a valid date;", fixedRun.Out);
        Assert.Contains($"drop it with 'contentcheck check --update-baseline {baseline}'", fixedRun.Out);
    }

    [Fact]
    public void Removable_entries_go_to_standard_error_when_standard_output_is_a_log()
    {
        using var repo = new TestRepo();
        repo.Write(TestRepo.BadDatePath, TestRepo.BadDate);
        var baseline = repo.Path("baseline.json");
        InProcessCli.Run("check", repo.Root, "--update-baseline", baseline, "--now", TestRepo.NowText);
        File.Delete(repo.Path(TestRepo.BadDatePath));

        var run = InProcessCli.Run("check", repo.Root, "--baseline", baseline, "--format", "json", "--now", TestRepo.NowText);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(JsonDocument.Parse(run.Out).RootElement.EnumerateArray());
        Assert.Contains("removable baseline entry: CC2001 in articles/2008/03/18/bad-date.md", run.Error);
    }

    [Fact]
    public void A_missing_or_broken_baseline_is_a_configuration_error()
    {
        using var repo = new TestRepo();
        var missing = repo.Path("no-such-baseline.json");
        var broken = repo.Write("broken.json", "{ \"version\": 99 }");

        var none = InProcessCli.Run("check", repo.Root, "--baseline", missing);
        var bad = InProcessCli.Run("check", repo.Root, "--baseline", broken);
        var both = InProcessCli.Run("check", repo.Root, "--baseline", missing, "--update-baseline", broken);

        Assert.Equal(2, none.ExitCode);
        Assert.Equal($"error: The baseline '{missing}' does not exist. Record the current findings in it with 'contentcheck check --update-baseline {missing}'.\n", none.Error);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("is not a ContentCheck baseline of version 1", bad.Error);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("name different files", both.Error);
        Assert.Equal("{ \"version\": 99 }", File.ReadAllText(broken));
    }
}
