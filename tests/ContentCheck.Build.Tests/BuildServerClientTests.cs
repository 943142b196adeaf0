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
    public void A_server_that_answers_with_garbage_is_an_IOException()
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
        serving.Wait(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_server_that_hangs_up_mid_build_is_an_IOException()
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
        serving.Wait(TimeSpan.FromSeconds(10));
    }
}
