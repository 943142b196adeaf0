using ContentCheck.Text;

namespace ContentCheck.Diagnostics;

/// <summary>Where a diagnostic points: a file, the span of text and its line positions.</summary>
/// <param name="Path">The file as the user knows it: relative to the content root, with <c>/</c> separators.</param>
/// <param name="Span">The offsets in the decoded text.</param>
/// <param name="LineSpan">The zero-based start and (exclusive) end positions.</param>
public sealed record Location(string Path, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The text the span covers, captured when the location is created: the baseline fingerprint
    /// and the SARIF snippet need it after the article's text is gone (a cache replay, a log writer).</summary>
    public string SourceSnippet { get; init; } = string.Empty;

    /// <summary>A location covering a span of a source text.</summary>
    public static Location Create(string path, SourceText text, TextSpan span) =>
        new(path, span, text.GetLinePositionSpan(span)) { SourceSnippet = text.ToString(span) };
}
