using ContentCheck.Text;

namespace ContentCheck.Yaml;

/// <summary>A YAML syntax error: where the parser stopped and what it said.</summary>
/// <param name="Span">The offending text (at least one character where the file has one).</param>
/// <param name="Message">The parser's explanation, without YamlDotNet's position prefix.</param>
public sealed record YamlSyntaxError(TextSpan Span, string Message);
