using ContentCheck.Text;

namespace ContentCheck.Documents;

/// <summary>What stopped a file from being read as an article, and where.</summary>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Span">The offending text; an empty span at 0 when the file has no usable text.</param>
/// <param name="Detail">A fact for the message, e.g. the size of a too-large file.</param>
public sealed record DocumentProblem(DocumentProblemKind Kind, TextSpan Span, string Detail);
