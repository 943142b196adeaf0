using Microsoft.Playwright;
using ContentCheck.Testing;

namespace ContentCheck.Site.Tests.Infrastructure;

/// <summary>Debian's chromium, headless, driven by Playwright's bundled driver (no browser download, no network): one
/// per test class, since starting it costs about a second.</summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowserContext? _axeContext;

    /// <summary>Where screenshots go: a test artifact the CI keeps (artifacts/ is the build's output folder).</summary>
    public static string ScreenshotFolder => Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = TestTools.Chromium;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            // --no-sandbox: the tests may run as root (CI containers), where chromium refuses its sandbox.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>A fresh page in a context of its own (no cookies, storage or history shared between tests); with
    /// <paramref name="axe"/>, a page of the class's one context whose every document gets axe-core at load (sending
    /// its 500 KB once, not once a page). Every console error and failed request is collected in
    /// <paramref name="problems"/>.</summary>
    public async Task<IPage> OpenAsync(List<string> problems, bool axe = false)
    {
        IBrowserContext context;
        if (axe)
        {
            if (_axeContext is null)
            {
                _axeContext = await NewContextAsync();
                await _axeContext.AddInitScriptAsync(scriptPath: TestTools.NodeModule(Path.Combine("axe-core", "axe.min.js")));
            }
            context = _axeContext;
        }
        else
        {
            context = await NewContextAsync();
        }
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            // A failed load is reported (with its address) by the response handler below.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                problems.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"script error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        return page;
    }

    /// <summary>Runs axe-core in <paramref name="page"/> (opened with axe) and returns its violations, one line each
    /// with the elements.</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        var violations = await page.EvaluateAsync<string[]>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
            }
            """);
        return violations ?? [];
    }

    private Task<IBrowserContext> NewContextAsync() =>
        _browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
    }
}
