using ContentCheck.Text;

namespace ContentCheck.Diagnostics;

/// <summary>Where a diagnostic points: a file, the span of text and its line positions.</summary>
/// <param name="Path">The file as the user knows it: relative to the content root, with <c>/</c> separators.</param>
/// <param name="Span">The offsets in the decoded text.</param>
/// <param name="LineSpan">The zero-based start and (exclusive) end positions.</param>
public sealed record Location(string Path, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>A location covering a span of a source text.</summary>
    public static Location Create(string path, SourceText text, TextSpan span) =>
        new(path, span, text.GetLinePositionSpan(span));
}
