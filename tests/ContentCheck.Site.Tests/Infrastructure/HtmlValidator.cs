using System.Text.Json;
using ContentCheck.Testing;

namespace ContentCheck.Site.Tests.Infrastructure;

/// <summary>
/// Runs html-validate (npm) over generated pages, with its recommended rules but one: <c>long-title</c>, a search
/// engine's display limit of 70 characters, which a news headline may exceed and a page title should not cut. The
/// configuration is passed explicitly, so no <c>.htmlvalidate.json</c> near the site changes the verdict.
/// </summary>
public static class HtmlValidator
{
    private static readonly string Config = Path.Combine(RepositoryPaths.Root, "tests", "ContentCheck.Site.Tests", "htmlvalidate.json");

    /// <summary>Every message html-validate reports for <paramref name="pages"/> (site-relative), as
    /// <c>page:line:column rule: message</c>.</summary>
    public static IReadOnlyList<string> Validate(GeneratedSite site, IEnumerable<string> pages)
    {
        var cli = TestTools.NodeModule(Path.Combine("html-validate", "bin", "html-validate.mjs"));
        var files = pages.Select(p => Path.Combine(site.Root, p)).ToList();
        Assert.NotEmpty(files);
        var (exitCode, output) = TestTools.Node([cli, "--config", Config, "--formatter", "json", .. files]);
        var messages = new List<string>();
        foreach (var file in output.Trim().Length == 0 ? [] : JsonDocument.Parse(output).RootElement.EnumerateArray().ToList())
        {
            var page = Path.GetRelativePath(site.Root, file.GetProperty("filePath").GetString()!).Replace('\\', '/');
            foreach (var message in file.GetProperty("messages").EnumerateArray())
            {
                messages.Add($"{page}:{message.GetProperty("line")}:{message.GetProperty("column")} {message.GetProperty("ruleId").GetString()}: {message.GetProperty("message").GetString()}");
            }
        }
        Assert.True(exitCode == 0 || messages.Count > 0, "html-validate failed without reporting a message");
        return messages;
    }
}
