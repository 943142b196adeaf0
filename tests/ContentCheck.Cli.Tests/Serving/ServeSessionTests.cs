using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using ContentCheck.Cli.Checking;
using ContentCheck.Cli.Serving;
using ContentCheck.Cli.Tests.Infrastructure;
using ContentCheck.Testing;

namespace ContentCheck.Cli.Tests.Serving;

/// <summary><c>contentcheck serve</c> in-process on a free port: the site over HTTP, rebuilt on change, the last good
/// site kept on errors, nothing served from outside the site, a clean stop.</summary>
public sealed class ServeSessionTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly TestRepo _repo = new();
    private readonly TemporaryDirectory _work = new();
    private readonly StringWriter _output = new() { NewLine = "\n" };
    private readonly Channel<BuildOutcome> _builds = Channel.CreateUnbounded<BuildOutcome>();
    private readonly CancellationTokenSource _stop = new();

    [Fact]
    public async Task Serves_the_site_rebuilds_on_change_and_keeps_the_last_good_site_on_errors()
    {
        var site = Path.Combine(_work.FullPath, "site");
        _work.Write("secret.txt", "outside the site");
        var (session, running) = Start(site);
        var address = await session.Started.WaitAsync(Timeout);
        Assert.True((await NextBuild()).Published);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };

        var home = await http.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html; charset=utf-8", home.Content.Headers.ContentType?.ToString());
        Assert.Contains("US and Russia fail to bridge gap", await home.Content.ReadAsStringAsync());
        var article = await http.GetStringAsync(TestRepo.BbcPage);
        Assert.Contains("<h1>US and Russia fail to bridge gap</h1>", article);
        Assert.Equal("text/css; charset=utf-8", (await http.GetAsync("assets/site.css")).Content.Headers.ContentType?.ToString());
        Assert.Equal("application/xml; charset=utf-8", (await http.GetAsync("feed.xml")).Content.Headers.ContentType?.ToString());
        var folder = await http.GetAsync(TestRepo.BbcPage.TrimEnd('/'));
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/" + TestRepo.BbcPage, folder.Headers.Location?.OriginalString);
        var missing = await http.GetAsync("no-such-page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", await missing.Content.ReadAsStringAsync());
        // The site is built for the address it is served at, as hugo server does.
        Assert.Contains($"<link rel=\"self\" href=\"{address}feed.xml\" />", await http.GetStringAsync("feed.xml"));

        _repo.Write(TestRepo.BbcArticle, _repo.Read(TestRepo.BbcArticle) + "\nA paragraph added while serving.\n");
        Assert.True((await NextBuild()).Published);
        Assert.Contains("<p>A paragraph added while serving.</p>", await http.GetStringAsync(TestRepo.BbcPage));

        _repo.Write(TestRepo.BbcArticle, _repo.Read(TestRepo.BbcArticle).Replace("A paragraph added while serving.", "A second edit, with an error.")
            .Replace("published: 2007-10-12T21:15:00+00:00", "published: 2007-13-45"));
        var broken = await NextBuild();
        Assert.False(broken.Published);
        Assert.Equal(1, broken.Errors);
        var kept = await http.GetStringAsync(TestRepo.BbcPage);
        Assert.Contains("<p>A paragraph added while serving.</p>", kept);
        Assert.DoesNotContain("A second edit", kept);

        foreach (var target in new[] { "/../../etc/passwd", "/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%5csecret.txt" })
        {
            var (status, body) = await RawGet(address, target);
            Assert.Equal("HTTP/1.1 404 Not Found", status);
            Assert.DoesNotContain("outside the site", body);
            Assert.DoesNotContain("root:", body);
        }

        _stop.Cancel();
        Assert.Equal(0, await running.WaitAsync(Timeout));
        var log = _output.ToString();
        Assert.Contains($"Serving {address} (site in {site}); watching {_repo.Root} for changes. Press Ctrl+C to stop.\n", log);
        Assert.Contains($"Changed: {TestRepo.BbcArticle}; rebuilding.\n", log);
        Assert.Contains("us-and-russia-fail-to-bridge-gap.md(6,12,6,22): error CC2001: '2007-13-45' in 'published' is not a valid date;", log);
        Assert.Contains("Site not rebuilt: fix the error above. Still serving the last good site.\n", log);
        Assert.EndsWith("Stopped.\n", log);
        Assert.True(File.Exists(Path.Combine(site, "index.html")), "--output is kept after stopping");
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync(""));
    }

    [Fact]
    public async Task Content_with_errors_serves_an_explanation_until_it_builds_and_the_temporary_site_is_deleted()
    {
        _repo.Write(TestRepo.BadDatePath, TestRepo.BadDate);
        var (session, running) = Start(outputDirectory: null);
        var address = await session.Started.WaitAsync(Timeout);
        Assert.False((await NextBuild()).Published);
        using var http = new HttpClient { BaseAddress = address };

        var before = await http.GetAsync("");
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Contains("no site to serve yet: the content has errors", await before.Content.ReadAsStringAsync());
        Assert.Contains("Site not rebuilt: fix the error above. Nothing to serve until it builds.\n", _output.ToString());
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "contentcheck-serve"), session.OutputDirectory);

        File.Delete(_repo.Path(TestRepo.BadDatePath));
        Assert.True((await NextBuild()).Published);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("")).StatusCode);

        _stop.Cancel();
        Assert.Equal(0, await running.WaitAsync(Timeout));
        Assert.False(Directory.Exists(Path.GetDirectoryName(session.OutputDirectory)), "the temporary site was not deleted");
    }

    [Fact]
    public void A_port_in_use_is_a_configuration_error()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = InProcessCli.Run("serve", _repo.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: Cannot serve on 127.0.0.1:{port}: ", run.Error);
        Assert.Contains("--port 0 for any free port", run.Error);
    }

    [Fact]
    public void The_output_folder_cannot_be_the_content_repo()
    {
        var run = InProcessCli.Run("serve", _repo.Root, "--port", "0", "--output", _repo.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is the content repo or a folder that holds it", run.Error);
    }

    private (ServeSession Session, Task<int> Running) Start(string? outputDirectory)
    {
        var console = new CliConsole(TextWriter.Synchronized(_output), TextWriter.Synchronized(_output), isTerminal: false);
        var session = new ServeSession(console, ContentFolder.Open(_repo.Root),
            new ServeSettings(Port: 0, outputDirectory, TestRepo.Now, Quiet: TimeSpan.FromMilliseconds(100)));
        session.Built += outcome => _builds.Writer.TryWrite(outcome);
        return (session, Task.Run(() => session.RunAsync(_stop.Token)));
    }

    private async Task<BuildOutcome> NextBuild() => await _builds.Reader.ReadAsync().AsTask().WaitAsync(Timeout);

    // HttpClient normalizes "/../" away before sending; a raw request sends the path as an attacker would.
    private static async Task<(string Status, string Body)> RawGet(Uri address, string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {address.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(Timeout);
        return (response[..response.IndexOf("\r\n", StringComparison.Ordinal)], response);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _work.Dispose();
        _repo.Dispose();
    }
}
