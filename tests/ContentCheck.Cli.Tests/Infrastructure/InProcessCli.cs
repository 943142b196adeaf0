namespace ContentCheck.Cli.Tests.Infrastructure;

/// <summary>Runs the tool in-process, as <c>Program</c> does, with the output captured (not a terminal: plain lines).</summary>
internal static class InProcessCli
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        /// <summary>The diagnostic lines of standard output.</summary>
        public IReadOnlyList<string> DiagnosticLines => Out.Split('\n')
            .Where(l => l.Contains(": error CC", StringComparison.Ordinal) || l.Contains(": warning CC", StringComparison.Ordinal) || l.Contains(": info CC", StringComparison.Ordinal))
            .ToList();
    }

    public static Result Run(params string[] arguments)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = CliApplication.Run(arguments, new CliConsole(output, error, isTerminal: false));
        return new Result(exitCode, output.ToString(), error.ToString());
    }
}
