using ContentCheck.Baseline;
using ContentCheck.Diagnostics;
using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Engine.Tests.Suppressions;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Baseline;

public sealed class BaselineFileTests
{
    private const string FrontMatter = "---\ntitle: T\n---\n";

    private static IReadOnlyList<Diagnostic> Run(string body) => RuleTester.Run(new WordAnalyzer(), FrontMatter + body);

    private static BaselineFile Baseline(string body) => BaselineFile.Parse(BaselineFile.Serialize(Run(body)), "baseline.json");

    [Fact]
    public void Records_warnings_and_errors_sorted_without_lines()
    {
        var json = BaselineFile.Serialize(Run("NAME said QUOTE.\n\n<!-- contentcheck-disable-next-line CC3002 -->\nQUOTE\n"));
        var file = BaselineFile.Parse(json, "baseline.json");

        // The suppressed QUOTE is not recorded; the CC0002-free run has one CC3002 and one CC3005.
        Assert.Equal(new[] { "CC3002", "CC3005" }, file.Entries.Select(e => e.RuleId));
        Assert.All(file.Entries, e => Assert.Equal("articles/2008/03/18/test-article.md", e.Path));
        Assert.Equal("QUOTE here", file.Entries[0].Message);
        using (var document = System.Text.Json.JsonDocument.Parse(json))
        {
            // Only identity and a message: no line or column that would churn the file when text moves.
            Assert.All(document.RootElement.GetProperty("findings").EnumerateArray(), finding =>
                Assert.Equal(new[] { "path", "ruleId", "fingerprint", "message" }, finding.EnumerateObject().Select(p => p.Name)));
        }
        Assert.DoesNotContain("\r", json);
        Assert.Equal(json, BaselineFile.Serialize(Run("NAME said QUOTE.\n\n<!-- contentcheck-disable-next-line CC3002 -->\nQUOTE\n")));
    }

    [Fact]
    public void Write_and_Read_round_trip_through_a_file()
    {
        using var temp = new TemporaryDirectory();
        var path = Path.Combine(temp.FullPath, "sub", "contentcheck.baseline.json");
        BaselineFile.Write(path, Run("QUOTE NAME\n"));
        var file = BaselineFile.Read(path);
        Assert.Equal(2, file.Entries.Count);
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void Known_findings_are_demoted_and_keep_their_identity_when_lines_move_above_them()
    {
        var baseline = Baseline("QUOTE NAME\n");
        var result = baseline.Apply(Run("A new first paragraph.\n\nAnd another one\nover two lines.\n\nQUOTE NAME\n\nQUOTE again\n"));

        var lines = result.Diagnostics.Select(d => $"{d.Location.LineSpan.Start.Line + 1} {d.Id} {d.Severity}{(d.IsBaselined ? " baselined from " + d.BaselinedFrom : "")}");
        Assert.Equal(new[] { "9 CC3002 Info baselined from Warning", "9 CC3005 Info baselined from Error", "11 CC3002 Warning" }, lines);
        Assert.Empty(result.Removable);
        Assert.Equal(2, result.BaselinedCount);
    }

    [Fact]
    public void Rewrapping_whitespace_keeps_the_identity()
    {
        var before = BaselineFile.Parse(BaselineFile.Serialize(Run("QUOTE\n")), "b");
        var fingerprintsBefore = before.Entries.Select(e => e.Fingerprint).ToArray();
        Assert.Equal("abc def", DiagnosticFingerprint.Normalize("  abc \n\t def "));
        Assert.Equal(fingerprintsBefore, BaselineFile.Parse(BaselineFile.Serialize(Run("\n\n   QUOTE\n")), "b").Entries.Select(e => e.Fingerprint));
    }

    [Fact]
    public void Fixed_findings_are_listed_as_removable()
    {
        var baseline = Baseline("QUOTE NAME\n");
        var result = baseline.Apply(Run("NAME\n"));
        var removable = Assert.Single(result.Removable);
        Assert.Equal(("CC3002", "QUOTE here"), (removable.RuleId, removable.Message));
        Assert.True(result.Diagnostics.Single().IsBaselined);
    }

    [Fact]
    public void Equal_findings_are_told_apart_by_occurrence()
    {
        var baseline = Baseline("QUOTE\n\nQUOTE\n");
        Assert.Equal(2, baseline.Entries.Select(e => e.Fingerprint).Distinct().Count());

        var result = baseline.Apply(Run("QUOTE\n\nQUOTE\n\nQUOTE\n"));
        Assert.Equal(new[] { true, true, false }, result.Diagnostics.Select(d => d.IsBaselined));
    }

    [Fact]
    public void A_finding_that_is_now_suppressed_frees_its_entry()
    {
        var baseline = Baseline("QUOTE\n");
        var result = baseline.Apply(Run("<!-- contentcheck-disable CC3002 -- a slogan -->\nQUOTE\n"));
        Assert.Single(result.Removable);
        Assert.False(result.Diagnostics.Single(d => d.Id == "CC3002").IsBaselined);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"version\": 99, \"findings\": []}")]
    [InlineData("[]")]
    public void A_file_that_is_not_a_baseline_is_a_clear_error(string text)
    {
        var ex = Assert.Throws<InvalidDataException>(() => BaselineFile.Parse(text, "content/contentcheck.baseline.json"));
        Assert.Contains("content/contentcheck.baseline.json", ex.Message);
        Assert.Contains("ContentCheckUpdateBaseline", ex.Message);
    }
}
