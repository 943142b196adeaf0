namespace ContentCheck.Build.Protocol;

/// <summary>What the analysis part of a build reported, and how much of it was reused.</summary>
public sealed record BuildCounts
{
    /// <summary>Articles in the build.</summary>
    public int Articles { get; init; }

    /// <summary>Errors reported.</summary>
    public int Errors { get; init; }

    /// <summary>Warnings reported.</summary>
    public int Warnings { get; init; }

    /// <summary>Articles parsed and analyzed in this build (the rest reused the previous build's results).</summary>
    public int Analyzed { get; init; }

    /// <summary>The build stopped before reporting findings (an error about the build's configuration says why):
    /// there is nothing to summarize, publish or cache.</summary>
    public bool Stopped { get; init; }
}
