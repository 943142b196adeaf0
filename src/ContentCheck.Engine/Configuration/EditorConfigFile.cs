using System.Text.RegularExpressions;

namespace ContentCheck.Configuration;

/// <summary>
/// One <c>.editorconfig</c> file, parsed as the C# compiler parses it: <c>#</c> and <c>;</c> start comment lines,
/// <c>[glob]</c> starts a section, <c>key = value</c> (or <c>key: value</c>) sets a property, keys are lowercased,
/// a line that is none of these is ignored. Properties before the first section form the preamble, where
/// <c>root = true</c> stops the search for files further up.
/// </summary>
public sealed class EditorConfigFile
{
    // The header and property forms the compiler accepts; a section name may contain '#' or ';' only escaped.
    private static readonly Regex SectionLine = new(@"^\s*\[(([^#;]|\\#|\\;)+)\]\s*([#;].*)?$", RegexOptions.CultureInvariant);
    private static readonly Regex PropertyLine = new(@"^\s*([\w\.\-_]+)\s*[=:]\s*(.*?)\s*$", RegexOptions.CultureInvariant);

    private EditorConfigFile(string fullPath, bool isRoot, IReadOnlyList<EditorConfigSection> sections)
    {
        FullPath = fullPath;
        Directory = NormalizeDirectory(System.IO.Path.GetDirectoryName(fullPath) ?? fullPath);
        IsRoot = isRoot;
        Sections = sections;
    }

    /// <summary>The file's absolute path.</summary>
    public string FullPath { get; }

    /// <summary>Its folder, absolute, with <c>/</c> separators and no trailing <c>/</c> (except a file-system root).</summary>
    public string Directory { get; }

    /// <summary>Whether the preamble says <c>root = true</c>.</summary>
    public bool IsRoot { get; }

    /// <summary>The named sections in file order (later ones win).</summary>
    public IReadOnlyList<EditorConfigSection> Sections { get; }

    /// <summary>Parses the text of the file at <paramref name="fullPath"/>. Never throws on content.</summary>
    public static EditorConfigFile Parse(string text, string fullPath)
    {
        var sections = new List<EditorConfigSection>();
        var preamble = new List<EditorConfigProperty>();
        var current = preamble;
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';')
            {
                continue;
            }
            var section = SectionLine.Match(line);
            if (section.Success)
            {
                current = new List<EditorConfigProperty>();
                sections.Add(new EditorConfigSection(section.Groups[1].Value, SectionGlob.TryCreate(section.Groups[1].Value), current, index));
                continue;
            }
            var property = PropertyLine.Match(line);
            if (property.Success)
            {
                current.Add(new EditorConfigProperty(property.Groups[1].Value.ToLowerInvariant(), property.Groups[2].Value, index));
            }
        }
        var root = preamble.LastOrDefault(p => p.Key == "root");
        return new EditorConfigFile(fullPath, root is not null && string.Equals(root.Value, "true", StringComparison.OrdinalIgnoreCase), sections);
    }

    /// <summary>Absolute path with <c>/</c> separators and no trailing separator, as section matching expects.</summary>
    internal static string NormalizeDirectory(string directory)
    {
        var normalized = directory.Replace('\\', '/');
        return normalized.Length > 1 && normalized.EndsWith("/", StringComparison.Ordinal) && !normalized.EndsWith(":/", StringComparison.Ordinal)
            ? normalized.TrimEnd('/')
            : normalized;
    }

    /// <inheritdoc />
    public override string ToString() => FullPath;
}
