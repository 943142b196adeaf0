using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Engine.Tests.Infrastructure;

namespace ContentCheck.Engine.Tests.Suppressions;

public sealed class SuppressionApplierTests
{
    private const string FrontMatter = "---\ntitle: T\n---\n";

    /// <summary>Each diagnostic as "line id" (1-based line), with " suppressed" or " suppressed: reason".</summary>
    private static string[] Run(string body, IRuleConfiguration? configuration = null, string frontMatter = FrontMatter) =>
        RuleTester.Run(new WordAnalyzer(), frontMatter + body, configuration: configuration)
            .Select(d => $"{d.Location.LineSpan.Start.Line + 1} {d.Id}" + (d.Suppression is { } s
                ? " suppressed" + (s.Justification is null ? string.Empty : ": " + s.Justification)
                : string.Empty))
            .ToArray();

    [Fact]
    public void Disable_and_restore_bracket_a_region()
    {
        var lines = Run("QUOTE\n\n<!-- contentcheck-disable CC3002 -->\n\nQUOTE NAME\n\n<!-- contentcheck-restore CC3002 -->\n\nQUOTE\n");
        Assert.Equal(new[] { "4 CC3002", "8 CC3002 suppressed", "8 CC3005", "12 CC3002" }, lines);
    }

    [Fact]
    public void Disable_without_restore_lasts_to_the_end_of_the_file()
    {
        var lines = Run("<!-- contentcheck-disable CC3002 -->\nQUOTE\n\nQUOTE\n");
        Assert.Equal(new[] { "5 CC3002 suppressed", "7 CC3002 suppressed" }, lines);
    }

    [Theory]
    [InlineData("CC3002, CC3005")]
    [InlineData("CC3002 CC3005")]
    [InlineData("CC3002,CC3005")]
    [InlineData("")]
    public void Several_ids_or_none_for_all_rules(string ids)
    {
        var lines = Run($"<!-- contentcheck-disable {ids} -->\nQUOTE NAME\n");
        Assert.Equal(new[] { "5 CC3002 suppressed", "5 CC3005 suppressed" }, lines);
    }

    [Fact]
    public void Restoring_one_id_after_disabling_all_keeps_the_others_off()
    {
        var lines = Run("<!-- contentcheck-disable -->\nQUOTE NAME\n\n<!-- contentcheck-restore CC3005 -->\nQUOTE NAME\n");
        Assert.Equal(new[] { "5 CC3002 suppressed", "5 CC3005 suppressed", "8 CC3002 suppressed", "8 CC3005" }, lines);
    }

    [Fact]
    public void Disable_next_line_covers_only_the_next_line()
    {
        var lines = Run("<!-- contentcheck-disable-next-line CC3005 -->\nNAME QUOTE\nNAME\n");
        Assert.Equal(new[] { "5 CC3005 suppressed", "5 CC3002", "6 CC3005" }, lines);
    }

    [Fact]
    public void An_inline_comment_works_and_its_reason_is_the_justification()
    {
        var lines = Run("Intro text <!-- contentcheck-disable-next-line CC3002 -- a slogan, not speech -->\nQUOTE\n");
        Assert.Equal(new[] { "5 CC3002 suppressed: a slogan, not speech" }, lines);
    }

    [Fact]
    public void A_comment_inside_a_code_block_or_code_span_is_not_a_suppression()
    {
        var lines = Run("```\n<!-- contentcheck-disable-next-line CC3002 -->\n```\nQUOTE\n\n`<!-- contentcheck-disable -->`\n\nNAME\n");
        Assert.Equal(new[] { "7 CC3002", "11 CC3005" }, lines);
    }

    [Fact]
    public void Front_matter_entries_suppress_the_whole_file_with_their_reason()
    {
        var lines = Run("QUOTE NAME\n", frontMatter: "---\ntitle: QUOTE\nsuppress:\n  - {id: CC3002, reason: quoting a slogan}\n---\n");
        Assert.Equal(new[] { "2 CC3002 suppressed: quoting a slogan", "6 CC3002 suppressed: quoting a slogan", "6 CC3005" }, lines);
    }

    [Fact]
    public void A_front_matter_entry_without_a_reason_suppresses_but_is_reported()
    {
        var diagnostics = RuleTester.Run(new WordAnalyzer(), "---\ntitle: T\nsuppress: [CC3005, {id: CC3002}, {reason: why}]\n---\nNAME QUOTE\n");
        // The third entry's span is the flow mapping as the YAML reader reports it (it may stop before the closing brace).
        var cc0004 = diagnostics.Where(d => d.Id == "CC0004").Select(d => (d.Location.SourceSnippet.TrimEnd('}'), d.Severity)).ToArray();
        Assert.Equal(new[] { ("CC3005", DiagnosticSeverity.Warning), ("CC3002", DiagnosticSeverity.Warning), ("{reason: why", DiagnosticSeverity.Warning) }, cc0004);
        Assert.All(diagnostics.Where(d => d.Id.StartsWith("CC300", StringComparison.Ordinal)), d => Assert.True(d.IsSuppressed));
        Assert.Contains("{id: CC3005, reason:", diagnostics.First(d => d.Id == "CC0004").GetMessage());
    }

    [Fact]
    public void An_unused_suppression_is_reported_at_the_id_as_a_suggestion()
    {
        var diagnostics = RuleTester.Run(new WordAnalyzer(), FrontMatter + "<!-- contentcheck-disable-next-line CC3002, CC3005 -->\nQUOTE\n\n<!-- contentcheck-disable -->\n");
        var unused = diagnostics.Where(d => d.Id == "CC0002").Select(d => (d.Location.SourceSnippet, d.Severity)).ToArray();
        Assert.Equal(new[] { ("CC3005", DiagnosticSeverity.Info), ("<!-- contentcheck-disable -->", DiagnosticSeverity.Info) }, unused);
    }

    [Fact]
    public void A_suppression_of_a_rule_that_is_off_in_the_file_is_not_unused()
    {
        var diagnostics = RuleTester.Run(new WordAnalyzer(), FrontMatter + "<!-- contentcheck-disable CC3005 -->\nNAME\n", configuration: new Off("CC3005"));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void An_unknown_id_is_reported_with_the_nearest_id()
    {
        var diagnostics = RuleTester.Run(new WordAnalyzer(), FrontMatter + "<!-- contentcheck-disable CC3020 -->\nQUOTE\n");
        var unknown = Assert.Single(diagnostics, d => d.Id == "CC0003");
        Assert.Equal("CC3020", unknown.Location.SourceSnippet);
        Assert.Equal(DiagnosticSeverity.Warning, unknown.Severity);
        Assert.Contains("did you mean CC3002?", unknown.GetMessage());
        Assert.False(diagnostics.Single(d => d.Id == "CC3002").IsSuppressed);
    }

    [Fact]
    public void Suppressed_diagnostics_are_kept_but_not_counted()
    {
        var runner = new AnalysisRunner(new[] { new WordAnalyzer() });
        var result = runner.Run(TestProjects.WithRegistries,
            new[] { ArticleInput.FromText("articles/2008/03/18/x.md", FrontMatter + "<!-- contentcheck-disable CC3005 -->\nNAME NAME QUOTE\n") },
            new AnalyzerOptions(RuleTester.DefaultNow));
        Assert.Equal(2, result.Diagnostics.Count(d => d.IsSuppressed));
        Assert.Equal(0, result.ErrorCount);
        Assert.Equal(1, result.WarningCount);
    }

    [Fact]
    public void The_new_diagnostics_follow_the_configuration()
    {
        var diagnostics = RuleTester.Run(new WordAnalyzer(), FrontMatter + "<!-- contentcheck-disable CC3020 -->\n", configuration: new Off("CC0003"));
        Assert.Empty(diagnostics);
    }

    private sealed class Off(string id) : IRuleConfiguration
    {
        public DiagnosticSeverity? GetSeverity(DiagnosticDescriptor descriptor, string path) =>
            descriptor.Id == id ? null : DefaultRuleConfiguration.Instance.GetSeverity(descriptor, path);

        public string? GetOption(string ruleId, string key, string path) => null;
    }
}
