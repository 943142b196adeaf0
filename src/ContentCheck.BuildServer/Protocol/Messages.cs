namespace ContentCheck.Build.Protocol;

/// <summary>The server's answer to a <see cref="BuildRequest"/>: the analysis part of the build.</summary>
public sealed record AnalyzeResponse
{
    /// <summary>What to log, in order.</summary>
    public IReadOnlyList<BuildEvent> Events { get; init; } = Array.Empty<BuildEvent>();

    /// <summary>The counts.</summary>
    public BuildCounts Counts { get; init; } = new();
}

/// <summary>The second half of a build, sent once the task has logged the analysis: MSBuild alone knows whether a
/// warning became an error (<c>-warnaserror</c>), and an error means no site.</summary>
public sealed record CompleteRequest
{
    /// <summary>Whether to emit the site.</summary>
    public bool GenerateSite { get; init; }
}

/// <summary>The server's answer to a <see cref="CompleteRequest"/>.</summary>
public sealed record CompleteResponse
{
    /// <summary>What to log, in order.</summary>
    public IReadOnlyList<BuildEvent> Events { get; init; } = Array.Empty<BuildEvent>();

    /// <summary>False when the site could not be written (an error event says why).</summary>
    public bool Succeeded { get; init; }
}
