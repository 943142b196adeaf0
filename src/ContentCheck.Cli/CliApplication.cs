using System.CommandLine;
using ContentCheck.Cli.Commands;

namespace ContentCheck.Cli;

/// <summary>The command tree and the mapping of outcomes to exit codes.</summary>
internal static class CliApplication
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("ContentCheck: validate a repository of Markdown news articles with YAML front matter.")
        {
            CheckCommand.Create(console),
            ExplainCommand.Create(console),
            NewCommand.Create(console),
            FixCommand.Create(console),
            ServeCommand.Create(console),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine("error: " + error.Message);
            }
            console.Error.WriteLine("Run 'contentcheck --help' for the commands and their options.");
            return ExitCodes.UsageOrConfiguration;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                // Our own handler below: a mistake in the call is one line and exit code 2, not a stack trace.
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CommandLineException ex)
        {
            console.Error.WriteLine("error: " + ex.Message);
            return ExitCodes.UsageOrConfiguration;
        }
    }
}
