using Markdig;

namespace ContentCheck.Documents;

/// <summary>The one Markdig pipeline, built once: pipelines are immutable and thread-safe, building one per
/// article would dominate the parse cost.</summary>
public static class MarkdownPipelines
{
    /// <summary>CommonMark with precise source positions and GitHub-style heading ids (for anchors).</summary>
    public static MarkdownPipeline Article { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();
}
