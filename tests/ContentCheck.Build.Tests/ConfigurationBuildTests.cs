using System.Text.Json;

namespace ContentCheck.Build.Tests;

/// <summary>.editorconfig severities, in-article suppressions, the SARIF log, the baseline and the site, each through
/// a real build.</summary>
[Collection(RealBuilds.Name)]
public sealed class ConfigurationBuildTests : IDisposable
{
    private readonly WarnedContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Editorconfig_sets_severities_suppressions_are_kept_in_sarif_and_suggestions_are_messages()
    {
        File.WriteAllText(Path.Combine(_content.Root, ".editorconfig"),
            "root = true\n\n[articles/**.md]\ndotnet_diagnostic.CC3002.severity = error\ndotnet_diagnostic.CC3004.severity = suggestion\n");
        var sarifPath = Path.Combine(_content.Directory.FullPath, "out", "contentcheck.sarif");

        var build = _content.Build("-v:n", "-p:ContentCheckErrorLog=" + sarifPath);

        Assert.NotEqual(0, build.ExitCode);
        Assert.Equal(["error CC3002", "message CC3004"], BuildAssert.Codes(build));
        Assert.DoesNotContain("warned.md(13,", build.Output); // the suppressed quotation is not build output

        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var suppressed = Assert.Single(results, r => r.TryGetProperty("suppressions", out _));
        Assert.Equal("CC3002", suppressed.GetProperty("ruleId").GetString());
        Assert.Equal(13, suppressed.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("a slogan quoted on purpose", suppressed.GetProperty("suppressions")[0].GetProperty("justification").GetString());
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "CC3004" && r.GetProperty("level").GetString() == "note");
    }

    [Fact]
    public void Baseline_records_findings_then_only_new_ones_are_reported()
    {
        var baseline = Path.Combine(_content.Directory.FullPath, "contentcheck.baseline.json");

        var update = _content.Build("-p:ContentCheckBaseline=" + baseline, "-p:ContentCheckUpdateBaseline=true");
        var adopted = _content.Build("-p:ContentCheckBaseline=" + baseline, "-warnaserror");
        File.AppendAllText(Path.Combine(_content.Root, "articles/2008/03/18/warned.md"),
            "\n“A brand new quotation that no one ever uttered in this article until today.”\n");
        var grown = _content.Build("-p:ContentCheckBaseline=" + baseline);

        Assert.True(update.ExitCode == 0, update.Output);
        Assert.Contains("baseline written to", update.Output);
        Assert.True(adopted.ExitCode == 0, adopted.Output);
        Assert.DoesNotContain(": warning CC", adopted.Output);
        Assert.Equal(["warning CC3002"], BuildAssert.Codes(grown));
        Assert.Contains("warned.md(15,", Assert.Single(grown.DiagnosticLines));
    }

    [Fact]
    public void Clean_build_emits_the_site_and_GenerateSite_false_skips_it()
    {
        File.Delete(Path.Combine(_content.Root, "articles/2008/03/18/warned.md"));
        var site = Path.Combine(_content.Directory.FullPath, "site");

        var off = _content.Build("-p:ContentCheckGenerateSite=false");
        Assert.True(off.ExitCode == 0, off.Output);
        Assert.False(Directory.Exists(site));

        var on = _content.Build();
        Assert.True(on.ExitCode == 0, on.Output);
        var home = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Contains("US and Russia fail to bridge gap", home);
        Assert.Contains("Russia-U.S. talks on missile shield see no breakthrough", home);
        Assert.True(File.Exists(Path.Combine(site, "articles", "2007", "10", "12", "us-and-russia-fail-to-bridge-gap", "index.html")));

        // A theme file is an input of the site: the next build must not replay the cache and keep the old stylesheet.
        _content.Directory.Write("content/theme/site.css", "/* newsroom theme */\n");
        var themed = _content.Build();
        Assert.True(themed.ExitCode == 0, themed.Output);
        Assert.DoesNotContain("(up to date)", themed.Output);
        Assert.Contains("newsroom theme", File.ReadAllText(Path.Combine(site, "assets", "site.css")));
    }
}
