using System.CommandLine;
using System.Runtime.InteropServices;
using ContentCheck.Cli.Checking;
using ContentCheck.Cli.Serving;

namespace ContentCheck.Cli.Commands;

/// <summary><c>contentcheck serve [DIR] [--port N] [--output DIR] [--now ISO]</c>: the site on 127.0.0.1, rebuilt on
/// every change, until Ctrl+C.</summary>
internal static class ServeCommand
{
    /// <summary>The default port (Hugo's is 1313, Astro's 4321; this one is free of both).</summary>
    public const int DefaultPort = 5380;

    public static Command Create(CliConsole console)
    {
        var directory = new Argument<string>("DIR")
        {
            Description = "The content repo; default: the current folder.",
            DefaultValueFactory = _ => ".",
        };
        var port = new Option<int>("--port")
        {
            Description = $"The port on 127.0.0.1 (default {DefaultPort}; 0: any free port, printed at start).",
            DefaultValueFactory = _ => DefaultPort,
            HelpName = "N",
        };
        port.Validators.Add(result =>
        {
            if (result.GetValue(port) is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535, e.g. --port 5380 (0: any free port).");
            }
        });
        var output = new Option<string?>("--output")
        {
            Description = "Write the site to DIR and keep it after stopping; default: a temporary folder, deleted on exit.",
            HelpName = "DIR",
        };
        var now = ClockOption.Create();

        var command = new Command("serve", "Validate, build the site and serve it on 127.0.0.1; rebuild on every change (a build with errors keeps the last good site). Ctrl+C stops.")
        {
            directory, port, output, now,
        };
        command.SetAction(parse =>
        {
            var pinned = parse.GetValue(now);
            var settings = new ServeSettings(parse.GetValue(port), parse.GetValue(output),
                string.IsNullOrWhiteSpace(pinned) ? null : ClockOption.Read(pinned), TimeSpan.FromMilliseconds(300));
            return Run(console, parse.GetValue(directory)!, settings);
        });
        return command;
    }

    private static int Run(CliConsole console, string directory, ServeSettings settings)
    {
        var session = new ServeSession(console, ContentFolder.Open(directory), settings);
        using var stop = new CancellationTokenSource();
        // Ctrl+C (SIGINT) and SIGTERM end the session cleanly: the server closes and a temporary site is deleted.
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return session.RunAsync(stop.Token).GetAwaiter().GetResult();
    }
}
