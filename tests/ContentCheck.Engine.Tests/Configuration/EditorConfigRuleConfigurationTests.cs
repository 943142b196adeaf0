using ContentCheck.Configuration;
using ContentCheck.Diagnostics;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Configuration;

/// <summary>The C# compiler's .editorconfig cases, on real files in a temporary folder.</summary>
public sealed class EditorConfigRuleConfigurationTests : IDisposable
{
    private const string Article = "articles/2008/03/18/x.md";

    private static readonly DiagnosticDescriptor Quote = Rule("CC3002", RuleCategory.Attribution, DiagnosticSeverity.Warning);
    private static readonly DiagnosticDescriptor Byline = Rule("CC3001", RuleCategory.Attribution, DiagnosticSeverity.Error);
    private static readonly DiagnosticDescriptor Future = Rule("CC2003", RuleCategory.Dates, DiagnosticSeverity.Error);
    private static readonly DiagnosticDescriptor OffByDefault = Rule("CC3006", RuleCategory.Attribution, DiagnosticSeverity.Info, enabled: false);

    private readonly TemporaryDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static DiagnosticDescriptor Rule(string id, string category, DiagnosticSeverity severity, bool enabled = true) =>
        new(id, "Test rule", "{0}", category, severity, enabled, "A rule for configuration tests.");

    /// <summary>The repo's own content folder under a root file, so nothing above the temp folder leaks in.</summary>
    private EditorConfigRuleConfiguration Configure(string content, string? articlesFolder = null, string? outer = "root = true\n")
    {
        if (outer is not null)
        {
            _temp.Write(".editorconfig", outer);
        }
        _temp.Write("content/.editorconfig", content);
        if (articlesFolder is not null)
        {
            _temp.Write("content/articles/.editorconfig", articlesFolder);
        }
        return new EditorConfigRuleConfiguration(Path.Combine(_temp.FullPath, "content"));
    }

    [Fact]
    public void No_setting_keeps_the_default_severity()
    {
        var config = Configure("[*.md]\n");
        Assert.Equal(DiagnosticSeverity.Warning, config.GetSeverity(Quote, Article));
        Assert.Null(config.GetSeverity(OffByDefault, Article));
    }

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    [InlineData("silent", DiagnosticSeverity.Hidden)]
    [InlineData("refactoring", DiagnosticSeverity.Hidden)]
    [InlineData("none", null)]
    [InlineData("default", DiagnosticSeverity.Warning)]
    [InlineData("ERROR", DiagnosticSeverity.Error)]
    public void Severity_words_map_as_in_the_compiler(string word, DiagnosticSeverity? expected)
    {
        var config = Configure($"[*.md]\ndotnet_diagnostic.CC3002.severity = {word}\n");
        Assert.Equal(expected, config.GetSeverity(Quote, Article));
    }

    [Fact]
    public void An_id_setting_can_switch_on_a_rule_that_is_off_by_default()
    {
        var config = Configure("[*.md]\ndotnet_diagnostic.CC3006.severity = warning\n");
        Assert.Equal(DiagnosticSeverity.Warning, config.GetSeverity(OffByDefault, Article));
    }

    [Fact]
    public void Later_section_wins_within_a_file()
    {
        var config = Configure("[*.md]\ndotnet_diagnostic.CC3002.severity = error\n[articles/**.md]\ndotnet_diagnostic.CC3002.severity = suggestion\n");
        Assert.Equal(DiagnosticSeverity.Info, config.GetSeverity(Quote, Article));
        Assert.Equal(DiagnosticSeverity.Error, config.GetSeverity(Quote, "drafts/x.md"));
    }

    [Fact]
    public void Nearer_file_wins_over_a_farther_one()
    {
        var config = Configure("[*.md]\ndotnet_diagnostic.CC3002.severity = error\n", articlesFolder: "[*.md]\ndotnet_diagnostic.CC3002.severity = silent\n");
        Assert.Equal(DiagnosticSeverity.Hidden, config.GetSeverity(Quote, Article));
        Assert.Equal(DiagnosticSeverity.Error, config.GetSeverity(Quote, "other/x.md"));
    }

    [Fact]
    public void Files_above_the_content_root_apply_until_root_is_true()
    {
        var config = Configure("[*.md]\n", outer: "root = true\n[*.md]\ndotnet_diagnostic.CC3002.severity = error\n");
        Assert.Equal(DiagnosticSeverity.Error, config.GetSeverity(Quote, Article));
    }

    [Fact]
    public void Root_true_stops_the_search()
    {
        var config = Configure("root = true\n[*.md]\n", outer: "[*.md]\ndotnet_diagnostic.CC3002.severity = error\n");
        Assert.Equal(DiagnosticSeverity.Warning, config.GetSeverity(Quote, Article));
    }

    [Fact]
    public void Root_true_in_a_nested_folder_hides_the_content_roots_file()
    {
        var config = Configure("[*.md]\ndotnet_diagnostic.CC3002.severity = error\n", articlesFolder: "root = true\n");
        Assert.Equal(DiagnosticSeverity.Warning, config.GetSeverity(Quote, Article));
    }

    [Fact]
    public void A_glob_with_a_slash_is_relative_to_its_files_folder()
    {
        // In content/articles/.editorconfig, "2008/**.md" means content/articles/2008/**.md.
        var config = Configure("[*.md]\n", articlesFolder: "[2008/**.md]\ndotnet_diagnostic.CC3002.severity = error\n[articles/**.md]\ndotnet_diagnostic.CC2003.severity = none\n");
        Assert.Equal(DiagnosticSeverity.Error, config.GetSeverity(Quote, Article));
        Assert.Equal(DiagnosticSeverity.Warning, config.GetSeverity(Quote, "articles/2007/01/01/x.md"));
        Assert.Equal(DiagnosticSeverity.Error, config.GetSeverity(Future, Article));
    }

    [Fact]
    public void Id_beats_category_beats_all_regardless_of_file_order()
    {
        var config = Configure(
            "[*.md]\ndotnet_diagnostic.CC3002.severity = suggestion\n",
            articlesFolder: "[*.md]\ndotnet_analyzer_diagnostic.category-Attribution.severity = error\ndotnet_analyzer_diagnostic.severity = silent\n");
        Assert.Equal(DiagnosticSeverity.Info, config.GetSeverity(Quote, Article));   // id, though in the farther file
        Assert.Equal(DiagnosticSeverity.Error, config.GetSeverity(Byline, Article));  // category
        Assert.Equal(DiagnosticSeverity.Hidden, config.GetSeverity(Future, Article)); // all
    }

    [Fact]
    public void Id_set_to_default_blocks_bulk_settings()
    {
        var config = Configure("[*.md]\ndotnet_diagnostic.CC3002.severity = default\ndotnet_analyzer_diagnostic.severity = none\n");
        Assert.Equal(DiagnosticSeverity.Warning, config.GetSeverity(Quote, Article));
        Assert.Null(config.GetSeverity(Byline, Article));
    }

    [Fact]
    public void Category_names_are_case_insensitive()
    {
        var config = Configure("[*.md]\ndotnet_analyzer_diagnostic.category-attribution.severity = none\n");
        Assert.Null(config.GetSeverity(Quote, Article));
        Assert.Equal(DiagnosticSeverity.Error, config.GetSeverity(Future, Article));
    }

    [Fact]
    public void Bulk_settings_do_not_switch_on_rules_that_are_off_by_default()
    {
        var config = Configure("[*.md]\ndotnet_analyzer_diagnostic.category-Attribution.severity = error\ndotnet_analyzer_diagnostic.severity = error\n");
        Assert.Null(config.GetSeverity(OffByDefault, Article));
    }

    [Fact]
    public void An_invalid_severity_word_is_ignored_and_does_not_hide_a_farther_setting()
    {
        var config = Configure("[*.md]\ndotnet_diagnostic.CC3002.severity = error\n", articlesFolder: "[*.md]\ndotnet_diagnostic.CC3002.severity = loud\n");
        Assert.Equal(DiagnosticSeverity.Error, config.GetSeverity(Quote, Article));
    }

    [Fact]
    public void Options_are_read_per_rule_and_file()
    {
        var config = Configure("[*.md]\ncontentcheck.CC3002.min_words = 6\n", articlesFolder: "[2008/**]\ncontentcheck.cc3002.MIN_WORDS = 8\n");
        Assert.Equal("8", config.GetOption("CC3002", "min_words", Article));
        Assert.Equal("6", config.GetOption("CC3002", "min_words", "articles/2007/x.md"));
        Assert.Null(config.GetOption("CC3005", "min_words", Article));
    }

    [Fact]
    public void Files_are_read_once_and_listed_for_cache_keys()
    {
        var config = Configure("[*.md]\ndotnet_diagnostic.CC3002.severity = error\n", articlesFolder: "[*.md]\n");
        Assert.Equal(DiagnosticSeverity.Error, config.GetSeverity(Quote, Article));

        // A change on disk after the first read does not reach this configuration: one run, one view of the files.
        _temp.Write("content/.editorconfig", "[*.md]\ndotnet_diagnostic.CC3002.severity = none\n");
        Assert.Equal(DiagnosticSeverity.Error, config.GetSeverity(Quote, "articles/2008/03/19/y.md"));

        var files = config.GetConfigurationFiles(Article).Select(f => Path.GetRelativePath(_temp.FullPath, f).Replace('\\', '/'));
        Assert.Equal(new[] { ".editorconfig", "content/.editorconfig", "content/articles/.editorconfig" }, files);
    }
}
