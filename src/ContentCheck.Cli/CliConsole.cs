using Spectre.Console;

namespace ContentCheck.Cli;

/// <summary>Where the tool writes, and whether a person is watching: progress is drawn only on a terminal, so
/// redirected output (CI logs, pipes, tests) gets plain, stable lines.</summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool isTerminal)
    {
        Out = output;
        Error = error;
        IsTerminal = isTerminal;
    }

    /// <summary>Results: diagnostics, JSON, diffs, rule pages.</summary>
    public TextWriter Out { get; }

    /// <summary>Problems with the command itself (usage, configuration).</summary>
    public TextWriter Error { get; }

    /// <summary>Whether standard output is a terminal.</summary>
    public bool IsTerminal { get; }

    public static CliConsole FromProcess() => new(Console.Out, Console.Error, !Console.IsOutputRedirected);

    /// <summary>Runs <paramref name="work"/> behind a spinner with <paramref name="status"/> on a terminal, plainly otherwise.</summary>
    public T WithStatus<T>(string status, Func<T> work) =>
        IsTerminal
            ? AnsiConsole.Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(status), _ => work())
            : work();
}
