using ContentCheck.Build.Protocol;
using ContentCheck.Rules;
using ContentCheck.Testing;

namespace ContentCheck.Build.Tests;

/// <summary>What the build server keeps between builds of one content root (<see cref="Workspace"/>): the
/// <c>.editorconfig</c> reading is reused while the analysis fingerprint is unchanged, and never after a change.</summary>
public sealed class WorkspaceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TemporaryDirectory _work = new();
    private readonly string _root;

    public WorkspaceTests()
    {
        _work.CopyFrom(RepositoryPaths.Content, "content");
        _root = Path.Combine(_work.FullPath, "content");
        // Half an hour after the build's clock: CC2003 unless .editorconfig allows an hour.
        _work.Write("content/articles/2025/12/31/early.md",
            "---\ntitle: Early\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2026-01-01T00:30:00Z\n---\nBody.\n");
    }

    public void Dispose() => _work.Dispose();

    [Fact]
    public void An_editorconfig_written_or_removed_between_builds_of_one_workspace_takes_effect()
    {
        var workspace = new Workspace();
        Assert.Contains(RuleIds.PublishedInFuture, Codes(workspace));

        _work.Write("content/.editorconfig", "root = true\n\n[*.md]\ncontentcheck.CC2003.tolerance_minutes = 60\n");
        Assert.DoesNotContain(RuleIds.PublishedInFuture, Codes(workspace));

        File.Delete(Path.Combine(_root, ".editorconfig"));
        Assert.Contains(RuleIds.PublishedInFuture, Codes(workspace));
    }

    [Fact]
    public void The_editorconfig_reading_is_kept_while_the_analysis_fingerprint_is_unchanged()
    {
        var workspace = new Workspace();
        var first = workspace.RuleConfigurationFor("key one", _root);
        Assert.Same(first, workspace.RuleConfigurationFor("key one", _root));
        Assert.NotSame(first, workspace.RuleConfigurationFor("key two", _root));
    }

    /// <summary>One build through <paramref name="workspace"/>, as the build server runs it (the analysis fingerprint
    /// computed from the files as they are now); the codes it reported.</summary>
    private List<string> Codes(Workspace workspace)
    {
        var request = new BuildRequest
        {
            ContentRoot = _root,
            Articles = Directory.EnumerateFiles(Path.Combine(_root, "articles"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList(),
            PinnedNow = "2026-01-01T00:00:00Z",
            Now = Now,
            StartupDirectory = _work.FullPath,
        };
        var build = new ContentBuild(request, workspace);
        build.Analyze();
        return build.Log.Events.Where(e => e.Code is not null).Select(e => e.Code!).ToList();
    }
}
