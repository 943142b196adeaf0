namespace ContentCheck.Cli;

/// <summary>The tool's exit codes, as CI scripts test them.</summary>
internal static class ExitCodes
{
    /// <summary>No errors (warnings do not fail a run).</summary>
    public const int Clean = 0;

    /// <summary>At least one error in the content.</summary>
    public const int Errors = 1;

    /// <summary>The command itself is wrong: unknown option, missing folder, bad git ref, unknown rule id.</summary>
    public const int UsageOrConfiguration = 2;
}
