namespace ContentCheck.Configuration;

/// <summary>A <c>key = value</c> line; the key is lowercased, the value is as written (trimmed).</summary>
/// <param name="Key">The lowercased key.</param>
/// <param name="Value">The value.</param>
/// <param name="Line">The zero-based line.</param>
public sealed record EditorConfigProperty(string Key, string Value, int Line);
