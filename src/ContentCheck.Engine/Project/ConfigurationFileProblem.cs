using ContentCheck.Text;

namespace ContentCheck.Project;

/// <summary>A problem in one of the content repo's YAML files (<c>site.yml</c>, registries): kept until the
/// rule that owns it reports it, so configuration errors come out as ordinary diagnostics.</summary>
/// <param name="Path">The file, relative to the content root.</param>
/// <param name="Text">Its text.</param>
/// <param name="Span">The offending text.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record ConfigurationFileProblem(string Path, SourceText Text, TextSpan Span, string Message);
