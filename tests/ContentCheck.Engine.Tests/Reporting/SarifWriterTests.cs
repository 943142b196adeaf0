using System.Text.Json;
using ContentCheck.Analysis;
using ContentCheck.Baseline;
using ContentCheck.Diagnostics;
using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Engine.Tests.Suppressions;
using ContentCheck.Reporting;
using ContentCheck.Rules;
using ContentCheck.Testing;
using NJsonSchema;

namespace ContentCheck.Engine.Tests.Reporting;

public sealed class SarifWriterTests
{
    private const string ContentRoot = "/repo/content";

    /// <summary>A corpus with errors, warnings, a suggestion, hidden, suppressed and baselined findings, a registry
    /// finding and a path that needs escaping.</summary>
    private static (IReadOnlyList<DiagnosticDescriptor> Rules, IReadOnlyList<Diagnostic> Diagnostics) Corpus()
    {
        var analyzers = BuiltInAnalyzers.All.Append(new WordAnalyzer()).ToArray();
        var runner = new AnalysisRunner(analyzers);
        var result = runner.Run(TestProjects.WithRegistries, new[]
        {
            ArticleInput.FromText("articles/2008/03/18/talks.md",
                "---\ntitle: QUOTE\nsource: bbc-news\nsuppress:\n  - {id: CC3005, reason: \"the wire copy's spelling\"}\n---\nNAME said QUOTE.\n\n<!-- contentcheck-disable-next-line CC3002 -- a slogan -->\n\"QUOTE\"\n"),
            ArticleInput.FromText("articles/2008/03/18/no front matter é.md", "Just text, QUOTE.\n"),
            ArticleInput.FromText("articles/2008/03/19/dates.md", "---\ntitle: T\npublished: 18 March 2008\n---\nBody.\n<!-- contentcheck-disable CC3020 -->\n"),
        }, new AnalyzerOptions(RuleTester.DefaultNow));
        var baseline = BaselineFile.Parse(BaselineFile.Serialize(result.Diagnostics.Where(d => d.Location.Path.Contains("dates")).ToList()), "b");
        return (runner.Descriptors, baseline.Apply(result.Diagnostics).Diagnostics);
    }

    private static string Write(bool baselineApplied = true)
    {
        var (rules, diagnostics) = Corpus();
        var writer = new StringWriter();
        SarifWriter.Write(writer, "0.1.0", rules, diagnostics, ContentRoot, baselineApplied);
        return writer.ToString();
    }

    [Fact]
    public async Task Output_is_valid_against_the_official_SARIF_2_1_0_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Reporting", "sarif-schema-2.1.0.json"));
        var errors = schema.Validate(Write());
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task The_schema_check_itself_catches_an_invalid_log()
    {
        // A log that breaks the schema in two ways, so a validator that accepts anything would fail this test.
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Reporting", "sarif-schema-2.1.0.json"));
        var broken = Write().Replace("\"level\": \"warning\"", "\"level\": \"loud\"").Replace("\"version\": \"2.1.0\"", "\"version\": \"2.0\"");
        Assert.NotEmpty(schema.Validate(broken));
    }

    [Fact]
    public void Output_matches_the_snapshot() => Snapshot.Verify(Write(), extension: "sarif");

    [Fact]
    public void Output_is_deterministic() => Assert.Equal(Write(), Write());

    [Fact]
    public void Suppressed_and_baselined_results_are_marked()
    {
        using var document = JsonDocument.Parse(Write());
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

        var suppressed = results.Where(r => r.TryGetProperty("suppressions", out _)).ToList();
        // The front matter suppresses CC3005 in the whole file, the comment the quoted slogan on the next line.
        Assert.Equal(
            new (string?, string?)[] { ("CC3005", "the wire copy's spelling"), ("CC3002", "a slogan") },
            suppressed.Select(r => (r.GetProperty("ruleId").GetString(), r.GetProperty("suppressions")[0].GetProperty("justification").GetString())));
        Assert.All(suppressed, r => Assert.Equal("inSource", r.GetProperty("suppressions")[0].GetProperty("kind").GetString()));

        var unchanged = results.Where(r => r.GetProperty("baselineState").GetString() == "unchanged").ToList();
        Assert.NotEmpty(unchanged);
        Assert.All(unchanged, r => Assert.Contains("dates.md", r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()));
        // A baselined error keeps its level in the log (the build shows it as a message).
        Assert.Contains(unchanged, r => r.GetProperty("level").GetString() == "error");
    }

    [Fact]
    public void Regions_are_one_based_with_exclusive_end_columns_and_snippets()
    {
        var rule = new DiagnosticDescriptor("CC9999", "Test", "{0}", RuleCategory.Hygiene, DiagnosticSeverity.Warning, true, "Test.");
        var text = new ContentCheck.Text.SourceText("ab\ncdef\n");
        var diagnostic = Diagnostic.Create(rule, Location.Create("a.md", text, new ContentCheck.Text.TextSpan(4, 2)), "m");
        var writer = new StringWriter();
        SarifWriter.Write(writer, "0.1.0", new[] { rule }, new[] { diagnostic }, ContentRoot);
        using var document = JsonDocument.Parse(writer.ToString());
        var region = document.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((2, 2, 2, 4, "de"), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32(), region.GetProperty("snippet").GetProperty("text").GetString()));
    }

    [Theory]
    [InlineData("Article has no front matter", "ArticleHasNoFrontMatter")]
    [InlineData("Date-time without an offset", "DateTimeWithoutAnOffset")]
    [InlineData("Front-matter suppression needs an id and a reason", "FrontMatterSuppressionNeedsAnIdAndAReason")]
    public void Rule_names_are_the_title_in_PascalCase(string title, string name) => Assert.Equal(name, SarifWriter.PascalCase(title));
}
