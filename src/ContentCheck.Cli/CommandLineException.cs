namespace ContentCheck.Cli;

/// <summary>A mistake in how the tool was called or configured (exit code 2): the message says what is wrong and
/// what to type instead; no stack trace is shown.</summary>
internal sealed class CommandLineException : Exception
{
    public CommandLineException(string message) : base(message)
    {
    }
}
