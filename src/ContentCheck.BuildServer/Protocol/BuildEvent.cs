namespace ContentCheck.Build.Protocol;

/// <summary>What a build event is in MSBuild's terms.</summary>
public enum BuildEventKind
{
    /// <summary>An error (fails the build).</summary>
    Error,

    /// <summary>A warning.</summary>
    Warning,

    /// <summary>A message (a suggestion, a summary, a detail).</summary>
    Message,
}

/// <summary>How prominent a message is, as MSBuild's <c>MessageImportance</c>.</summary>
public enum BuildMessageImportance
{
    /// <summary>Shown at the default verbosity.</summary>
    High,

    /// <summary>Shown with <c>-v:n</c>.</summary>
    Normal,

    /// <summary>Shown with <c>-v:d</c>.</summary>
    Low,
}

/// <summary>One line of build output, already formatted, that the task hands to MSBuild's logger as is: a build run
/// in the server logs exactly what the same build run in the task's process would.</summary>
public sealed record BuildEvent
{
    /// <summary>Error, warning or message.</summary>
    public BuildEventKind Kind { get; init; }

    /// <summary>The code (<c>CC2001</c>, <c>CCB003</c>), or null.</summary>
    public string? Code { get; init; }

    /// <summary>The file as the user sees it, or null.</summary>
    public string? File { get; init; }

    /// <summary>One-based start line (0: none).</summary>
    public int Line { get; init; }

    /// <summary>One-based start column (0: none).</summary>
    public int Column { get; init; }

    /// <summary>One-based end line (0: none).</summary>
    public int EndLine { get; init; }

    /// <summary>One-based end column (0: none).</summary>
    public int EndColumn { get; init; }

    /// <summary>The rule's page, or null.</summary>
    public string? HelpLink { get; init; }

    /// <summary>The message, formatted.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>For messages: how prominent.</summary>
    public BuildMessageImportance Importance { get; init; }
}
