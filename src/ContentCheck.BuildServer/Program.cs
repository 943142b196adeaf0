using System.Globalization;
using ContentCheck.Build.Server;

// ContentCheck.BuildServer --pipe NAME [--idle-seconds N]: started by the MSBuild task (never by hand), serves builds
// on the pipe until idle. A second server for the same pipe exits at once: the first one serves.
string? pipe = null;
var idle = TimeSpan.FromMinutes(10);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--pipe":
            pipe = args[i + 1];
            break;
        case "--idle-seconds" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0:
            idle = TimeSpan.FromSeconds(seconds);
            break;
    }
}
if (pipe is null)
{
    Console.Error.WriteLine("ContentCheck.BuildServer is started by the ContentCheck MSBuild task: ContentCheck.BuildServer --pipe NAME [--idle-seconds N]");
    return 2;
}

// One server per pipe: two builds that start one at the same moment must not steal each other's socket.
// Global: on Unix an unprefixed name is per session (terminal); the pipe name already holds the user.
using var single = new Mutex(initiallyOwned: true, @"Global\contentcheck-server-" + pipe, out var first);
if (!first)
{
    return 0;
}
try
{
    // Synchronously: the mutex must be released by the thread that owns it.
    new BuildServerHost(pipe, idle).RunAsync(CancellationToken.None).GetAwaiter().GetResult();
}
finally
{
    single.ReleaseMutex();
}
return 0;
