namespace ContentCheck.Configuration;

/// <summary>A <c>[glob]</c> section and its properties.</summary>
/// <param name="Name">The section name between the brackets.</param>
/// <param name="Glob">The compiled pattern, or null when it is malformed (the section then matches nothing).</param>
/// <param name="Properties">The properties in file order.</param>
/// <param name="Line">The zero-based line of the header.</param>
public sealed record EditorConfigSection(string Name, SectionGlob? Glob, IReadOnlyList<EditorConfigProperty> Properties, int Line);
