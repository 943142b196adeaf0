using ContentCheck.Testing;

namespace ContentCheck.Build.Tests;

/// <summary>
/// A copy of the embedded content plus one article with two warnings — CC3002 (an unattributed quotation, line 10)
/// and CC3004 (a byline left in the body, line 8) — and a suppressed CC3002 (line 13), for the tests that prove how
/// MSBuild switches, .editorconfig, suppressions, SARIF and the baseline act on a real build.
/// </summary>
internal sealed class WarnedContent : IDisposable
{
    public const string Article = """
        ---
        title: Talks end without a deal
        source: xinhua
        authors: [Liao Lei]
        published: 2008-03-18
        ---

        By Someone Else

        “We will never accept a shield so close to our borders and we will answer it,” the statement went on.

        <!-- contentcheck-disable-next-line CC3002 -- a slogan quoted on purpose -->
        “This is a second long quotation with nobody named anywhere near it at all,” it went on.

        """;

    public WarnedContent()
    {
        Directory.CopyFrom(RepositoryPaths.Content, "content");
        File.Delete(Path.Combine(Root, "content.csproj"));
        File.Delete(Path.Combine(Root, "Directory.Build.props"));
        File.Delete(Path.Combine(Root, "Directory.Build.targets"));
        Directory.Write("content/articles/2008/03/18/warned.md", Article);
    }

    public TemporaryDirectory Directory { get; } = new();

    /// <summary>The content root.</summary>
    public string Root => Path.Combine(Directory.FullPath, "content");

    /// <summary>Builds the content with extra arguments; the startup folder is the temp folder, so paths read content/....</summary>
    public DotnetBuild.Result Build(params string[] arguments) => DotnetBuild.Content(Directory.FullPath,
        new[] { "-p:ContentRoot=" + Root, "-p:ContentCheckSiteOutputPath=" + Path.Combine(Directory.FullPath, "site"),
                "-p:ContentCheckNow=2026-01-01T00:00:00Z", "-p:ContentCheckCacheFile=" + Path.Combine(Directory.FullPath, "obj", "cache") }
            .Concat(arguments).ToArray());

    public void Dispose() => Directory.Dispose();
}

/// <summary>Assertions on the diagnostic lines of a build.</summary>
internal static class BuildAssert
{
    /// <summary>The (severity, code) of each diagnostic line, in order, e.g. "warning CC3004".</summary>
    public static IReadOnlyList<string> Codes(DotnetBuild.Result build) => build.DiagnosticLines
        .Select(l => System.Text.RegularExpressions.Regex.Match(l, @": (error|warning|message) (CC[B]?\d+):"))
        .Where(m => m.Success)
        .Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}")
        .Distinct()
        .OrderBy(s => s, StringComparer.Ordinal)
        .ToList();
}
