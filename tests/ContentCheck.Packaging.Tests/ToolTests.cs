using System.Text.Json;
using ContentCheck.Testing;

namespace ContentCheck.Packaging.Tests;

/// <summary>The contentcheck tool installed from the feed with <c>dotnet tool install --tool-path</c>, each command run
/// as a contributor runs it.</summary>
[Collection(PackedFeedCollection.Name)]
public sealed class ToolTests
{
    private readonly PackedFeed _feed;

    public ToolTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void Check_prints_the_build_lines_and_exits_1_on_errors()
    {
        using var repo = new ContentRepo(_feed, "<Project />");

        var clean = _feed.Tool(repo.Root, "check");
        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.StartsWith("ContentCheck: 2 articles, 0 errors, 0 warnings in ", clean.Output);

        repo.Write(Articles.BadDatePath, Articles.BadDate);
        var broken = _feed.Tool(repo.Root, "check", ".");
        Assert.Equal(1, broken.ExitCode);
        Assert.Equal(Articles.BadDateLine, Assert.Single(broken.DiagnosticLines));
        Assert.Contains("ContentCheck: 3 articles, 1 error, 0 warnings in ", broken.Output);
    }

    [Fact]
    public void Check_json_is_an_array_of_diagnostics_with_stable_fields()
    {
        using var repo = new ContentRepo(_feed, "<Project />");
        repo.Write(Articles.BadDatePath, Articles.BadDate);

        var json = _feed.Tool(repo.Root, "check", "--format", "json");

        Assert.Equal(1, json.ExitCode);
        var diagnostic = Assert.Single(JsonDocument.Parse(json.Output).RootElement.EnumerateArray());
        Assert.Equal(
            new[] { "id", "severity", "message", "path", "line", "column", "endLine", "endColumn", "helpUri" },
            diagnostic.EnumerateObject().Select(p => p.Name));
        Assert.Equal("CC2001", diagnostic.GetProperty("id").GetString());
        Assert.Equal(Articles.BadDatePath, diagnostic.GetProperty("path").GetString());
        Assert.Equal(5, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(22, diagnostic.GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public void Check_changed_since_reports_only_files_changed_since_the_ref()
    {
        using var repo = new ContentRepo(_feed, "<Project />");
        repo.Write("articles/2008/03/18/old-bad.md", Articles.BadDate);
        Git(repo.Root, "init", "-q");
        Git(repo.Root, "add", "-A");
        Git(repo.Root, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "corpus");
        repo.Write(Articles.BadDatePath, Articles.BadDate);

        var all = _feed.Tool(repo.Root, "check");
        var changed = _feed.Tool(repo.Root, "check", "--changed-since", "HEAD");
        var badRef = _feed.Tool(repo.Root, "check", "--changed-since", "no-such-branch");

        Assert.Equal(2, all.DiagnosticLines.Count);
        Assert.Equal(1, changed.ExitCode);
        Assert.Equal(Articles.BadDateLine, Assert.Single(changed.DiagnosticLines));
        Assert.Contains("ContentCheck: 1 article, 1 error, 0 warnings in ", changed.Output);
        Assert.Equal(2, badRef.ExitCode);
        Assert.Contains("no-such-branch", badRef.Output);
    }

    [Fact]
    public void Check_sarif_writes_a_2_1_0_log_to_standard_output_or_a_file()
    {
        using var repo = new ContentRepo(_feed, "<Project />");
        repo.Write(Articles.BadDatePath, Articles.BadDate);

        var standardOutput = _feed.Tool(repo.Root, "check", "--format", "sarif");
        var toFile = _feed.Tool(repo.Root, "check", "--format", "sarif", "--output", "artifacts/contentcheck.sarif");

        Assert.Equal(1, standardOutput.ExitCode);
        using var log = JsonDocument.Parse(standardOutput.Output);
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var run = log.RootElement.GetProperty("runs")[0];
        Assert.Equal(_feed.Version, run.GetProperty("tool").GetProperty("driver").GetProperty("version").GetString());
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("CC2001", result.GetProperty("ruleId").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(Articles.BadDatePath, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(5, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(12, location.GetProperty("region").GetProperty("startColumn").GetInt32());

        // With --output the terminal shows what the build shows, and the file holds the same log.
        Assert.Equal(1, toFile.ExitCode);
        Assert.Equal(Articles.BadDateLine, Assert.Single(toFile.DiagnosticLines));
        Assert.Contains("ContentCheck: 3 articles, 1 error, 0 warnings in ", toFile.Output);
        Assert.Equal(standardOutput.Output, File.ReadAllText(Path.Combine(repo.Root, "artifacts", "contentcheck.sarif")));
    }

    [Fact]
    public async Task Serve_builds_the_site_answers_on_127_0_0_1_and_stops_cleanly()
    {
        using var repo = new ContentRepo(_feed, "<Project />");
        using var serve = RunningTool.Start(Path.Combine(_feed.ToolPath, "contentcheck"), repo.Root, "serve", "--port", "0");

        var serving = await serve.WaitForLine(l => l.StartsWith("Serving http://127.0.0.1:", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        var address = new Uri(serving["Serving ".Length..serving.IndexOf(' ', "Serving ".Length)]);
        using var http = new HttpClient();
        var home = await http.GetAsync(address);
        var page = await http.GetStringAsync(new Uri(address, "articles/2007/10/12/us-and-russia-fail-to-bridge-gap/"));
        var exitCode = serve.Stop(TimeSpan.FromSeconds(30));

        Assert.Equal(System.Net.HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html; charset=utf-8", home.Content.Headers.ContentType?.ToString());
        Assert.Contains("US and Russia fail to bridge gap", await home.Content.ReadAsStringAsync());
        Assert.Contains("<h1>US and Russia fail to bridge gap</h1>", page);
        Assert.StartsWith("ContentCheck: 2 articles, 0 errors, 0 warnings in ", serve.Output);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(0, exitCode);
            Assert.EndsWith("Stopped.\n", serve.Output);
        }
    }

    [Fact]
    public void Explain_prints_the_rule_page_and_suggests_a_near_id()
    {
        using var work = new TemporaryDirectory();

        var page = _feed.Tool(work.FullPath, "explain", "CC2001");
        var unknown = _feed.Tool(work.FullPath, "explain", "CC2010");

        Assert.Equal(0, page.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src/ContentCheck.Engine/Rules/Dates/CC2001.md")).Replace("\r\n", "\n"), page.Output);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("There is no rule 'CC2010'. Did you mean CC2001?", unknown.Output);
    }

    [Fact]
    public void New_article_writes_a_valid_draft_at_its_dated_path_and_never_overwrites()
    {
        using var repo = new ContentRepo(_feed, "<Project />");
        string[] arguments = ["new", "article", "--source", "xinhua", "--title", "Łódź talks: Russia–U.S. “no deal”, envoy's aide says", "--author", "Liao Lei", "--published", "2008-03-19"];

        var created = _feed.Tool(repo.Root, arguments);
        var path = Path.Combine(repo.Root, "articles/2008/03/19/lodz-talks-russia-us-no-deal-envoys-aide-says.md");
        var again = _feed.Tool(repo.Root, arguments);
        var check = _feed.Tool(repo.Root, "check");

        Assert.True(created.ExitCode == 0, created.Output);
        Assert.Equal("Created articles/2008/03/19/lodz-talks-russia-us-no-deal-envoys-aide-says.md\n", created.Output);
        Assert.Contains("title: \"Łódź talks: Russia–U.S. “no deal”, envoy's aide says\"\n", File.ReadAllText(path));
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists; it was not overwritten", again.Output);
        Assert.True(check.ExitCode == 0, check.Output);
        Assert.Contains("ContentCheck: 3 articles, 0 errors", check.Output);
    }

    [Fact]
    public void Fix_dry_run_prints_a_diff_and_fix_applies_it()
    {
        using var repo = new ContentRepo(_feed, "<Project />");
        const string Misplaced = "articles/inbox/talks.md";
        repo.Write(Misplaced, "---\ntitle: Talks\nsource: xinhua\nauthors: [Liao Lei]\npublished: Tuesday, 18 March 2008\n---\n\nHe said â€œnoâ€\u009d.\n");

        var dryRun = _feed.Tool(repo.Root, "fix", "--dry-run");
        Assert.True(File.Exists(Path.Combine(repo.Root, Misplaced)), "--dry-run changed a file");
        var fix = _feed.Tool(repo.Root, "fix");
        var check = _feed.Tool(repo.Root, "check");

        Assert.Equal(0, dryRun.ExitCode);
        Assert.Equal("""
            diff --git a/articles/inbox/talks.md b/articles/2008/03/18/talks.md
            rename from articles/inbox/talks.md
            rename to articles/2008/03/18/talks.md
            --- a/articles/inbox/talks.md
            +++ b/articles/2008/03/18/talks.md
            @@ -2,7 +2,7 @@
             title: Talks
             source: xinhua
             authors: [Liao Lei]
            -published: Tuesday, 18 March 2008
            +published: 2008-03-18
             ---
             
            -He said â€œnoâ€.
            +He said “no”.
            ContentCheck fix: 1 article would change (run without --dry-run to apply).

            """, dryRun.Output.Replace("\u009d", string.Empty));
        Assert.Equal(0, fix.ExitCode);
        Assert.False(File.Exists(Path.Combine(repo.Root, Misplaced)));
        Assert.Equal("---\ntitle: Talks\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2008-03-18\n---\n\nHe said “no”.\n",
            File.ReadAllText(Path.Combine(repo.Root, "articles/2008/03/18/talks.md")));
        Assert.True(check.ExitCode == 0, check.Output);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "no-such-folder")]
    [InlineData("check", "--baseline", "no-such-baseline.json")]
    [InlineData("serve", "--port", "70000")]
    [InlineData("new", "article", "--title", "No source")]
    public void Usage_and_configuration_errors_exit_2(params string[] arguments)
    {
        using var work = new TemporaryDirectory();

        var run = _feed.Tool(work.FullPath, arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Output);
    }

    private static void Git(string workingDirectory, params string[] arguments)
    {
        var git = DotnetBuild.Run("git", workingDirectory, arguments, environment: null);
        Assert.True(git.ExitCode == 0, git.Output);
    }
}
