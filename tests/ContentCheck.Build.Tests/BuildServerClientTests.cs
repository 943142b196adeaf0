using System.Diagnostics;
using System.IO.Pipes;
using ContentCheck.Build.Protocol;
using ContentCheck.Build.Server;

namespace ContentCheck.Build.Tests;

/// <summary>The task's side of the server: every way the server can fail is a null session or an IOException, which
/// the task answers by building in its own process.</summary>
public sealed class BuildServerClientTests
{
    private static string UniquePipe() => "cc-test-" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public void A_server_that_exits_at_start_fails_at_once_instead_of_waiting_out_the_timeout()
    {
        var stopwatch = Stopwatch.StartNew();
        var client = BuildServerClient.TryConnect(UniquePipe(), () => Process.Start("/bin/false")!, TimeSpan.FromSeconds(30), out var failure);

        Assert.Null(client);
        Assert.Contains("exited at start", failure);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), stopwatch.Elapsed.ToString());
    }

    [Fact]
    public async Task A_server_that_answers_with_garbage_is_an_IOException()
    {
        var name = UniquePipe();
        using var server = new NamedPipeServerStream(name, PipeDirection.InOut, 1, PipeTransmissionMode.Byte, PipeOptions.Asynchronous | PipeOptions.CurrentUserOnly);
        var serving = Task.Run(async () =>
        {
            await server.WaitForConnectionAsync();
            var header = new byte[4];
            await server.ReadExactlyAsync(header);
            var body = new byte[BitConverter.ToInt32(header)];
            await server.ReadExactlyAsync(body);
            // A length no ContentCheck message has.
            await server.WriteAsync(new byte[] { 0xff, 0xff, 0xff, 0x7f });
            await server.FlushAsync();
        });

        using var client = BuildServerClient.TryConnect(name, () => throw new InvalidOperationException("must not start"), TimeSpan.FromSeconds(5), out var failure);
        Assert.NotNull(client);
        Assert.Throws<IOException>(() => client!.Analyze(new BuildRequest { ContentRoot = "/nowhere" }));
        await serving.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_server_that_hangs_up_mid_build_is_an_IOException()
    {
        var name = UniquePipe();
        var server = new NamedPipeServerStream(name, PipeDirection.InOut, 1, PipeTransmissionMode.Byte, PipeOptions.Asynchronous | PipeOptions.CurrentUserOnly);
        var serving = Task.Run(async () =>
        {
            await server.WaitForConnectionAsync();
            var header = new byte[4];
            await server.ReadExactlyAsync(header);
            server.Dispose();
        });

        using var client = BuildServerClient.TryConnect(name, () => throw new InvalidOperationException("must not start"), TimeSpan.FromSeconds(5), out _);
        Assert.NotNull(client);
        Assert.ThrowsAny<IOException>(() => client!.Analyze(new BuildRequest { ContentRoot = "/nowhere" }));
        await serving.WaitAsync(TimeSpan.FromSeconds(10));
    }
}

/// <summary>The server's own side, in this process: it serves a build exactly as the build runs without it, reuses
/// the workspace for the next build, and exits once idle.</summary>
public sealed class BuildServerHostTests
{
    [Fact]
    public async Task Serves_builds_like_an_in_process_build_then_exits_when_idle()
    {
        using var work = new ContentCheck.Testing.TemporaryDirectory();
        work.CopyFrom(ContentCheck.Testing.RepositoryPaths.Content, "content");
        work.Write("content/articles/2008/03/18/bad-date.md", "---\ntitle: Bad\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2008-13-45\n---\nBody.\n");
        var root = Path.Combine(work.FullPath, "content");
        var request = new BuildRequest
        {
            ContentRoot = root,
            Articles = Directory.EnumerateFiles(Path.Combine(root, "articles"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList(),
            PinnedNow = "2026-01-01T00:00:00Z",
            Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            StartupDirectory = work.FullPath,
        };
        var pipe = "cc-test-" + Guid.NewGuid().ToString("N")[..12];
        var host = new BuildServerHost(pipe, TimeSpan.FromSeconds(1));
        var serving = Task.Run(() => host.RunAsync(CancellationToken.None));
        // A connection held open, as another build in progress would, keeps the server up between the two builds
        // however slow the machine (idling out there once failed this test under the whole suite's load); closing it
        // is what lets the server go idle at the end.
        var other = new NamedPipeClientStream(".", pipe, PipeDirection.InOut, PipeOptions.CurrentUserOnly);
        await other.ConnectAsync(10_000);

        var expected = new ContentBuild(request);
        var expectedCounts = expected.Analyze();
        (AnalyzeResponse Analysis, CompleteResponse Completion) Build()
        {
            // The "started server" is this process, whose host may still be starting to listen.
            using var client = BuildServerClient.TryConnect(pipe, Process.GetCurrentProcess, TimeSpan.FromSeconds(10), out var failure);
            Assert.True(client is not null, failure);
            var analysis = client!.Analyze(request);
            return (analysis, client.Complete(generateSite: false));
        }
        var first = Build();
        var second = Build();

        static IEnumerable<BuildEvent> Diagnostics(IEnumerable<BuildEvent> events) => events.Where(e => e.Code is not null);
        Assert.Equal(Diagnostics(expected.Log.Events), Diagnostics(first.Analysis.Events));
        Assert.Equal(Diagnostics(expected.Log.Events), Diagnostics(second.Analysis.Events));
        Assert.Equal(expectedCounts.Errors, first.Analysis.Counts.Errors);
        Assert.Equal(3, first.Analysis.Counts.Analyzed);
        Assert.Equal(0, second.Analysis.Counts.Analyzed);
        Assert.True(first.Completion.Succeeded);

        Assert.False(serving.IsCompleted, "the server exited while a connection was open");
        await other.DisposeAsync();
        // WaitAsync throws TimeoutException when the server did not exit after being idle.
        await serving.WaitAsync(TimeSpan.FromSeconds(20));
    }
}
