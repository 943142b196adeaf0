using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace ContentCheck.Site.Rendering;

/// <summary>One file of the theme: a template (<c>*.sbn</c>) or an asset.</summary>
/// <param name="Name">The file name, e.g. <c>article.sbn</c> or <c>site.css</c>.</param>
/// <param name="DisplayPath">How errors name it: the theme file's path, or the built-in template's name.</param>
/// <param name="Content">The bytes (text files with LF line endings, no byte order mark).</param>
/// <param name="IsOverride">Whether it comes from the content repo's theme folder.</param>
internal sealed record ThemeFile(string Name, string DisplayPath, byte[] Content, bool IsOverride)
{
    public bool IsTemplate => Name.EndsWith(".sbn", StringComparison.Ordinal);

    public string Text => Encoding.UTF8.GetString(Content);
}

/// <summary>The built-in theme (embedded in this assembly) with the content repo's <c>theme/</c> files laid over
/// it, file by file. Only top-level files with plain names are taken, so a theme cannot name a path outside the site.</summary>
internal sealed class ThemeFiles
{
    private const string ResourcePrefix = "ContentCheck.Site.Theme.";
    private static readonly Regex PlainName = new("^[A-Za-z0-9][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant);
    private static readonly string[] TextExtensions = { ".sbn", ".css", ".js", ".html", ".txt", ".svg", ".xml", ".json" };

    private readonly SortedDictionary<string, ThemeFile> _files;

    private ThemeFiles(SortedDictionary<string, ThemeFile> files) => _files = files;

    /// <summary>Every file, ordered by name (ordinal).</summary>
    public IEnumerable<ThemeFile> All => _files.Values;

    /// <summary>Loads the built-in theme and the overrides in <paramref name="themeDirectory"/> (if it exists).</summary>
    public static ThemeFiles Load(string? themeDirectory)
    {
        var files = new SortedDictionary<string, ThemeFile>(StringComparer.Ordinal);
        var assembly = typeof(ThemeFiles).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource.Substring(ResourcePrefix.Length);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            files[name] = new ThemeFile(name, "(built-in theme) " + name, Normalize(name, memory.ToArray()), false);
        }
        if (themeDirectory is not null && Directory.Exists(themeDirectory))
        {
            foreach (var path in Directory.GetFiles(themeDirectory).OrderBy(p => p, StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                if (PlainName.IsMatch(name))
                {
                    files[name] = new ThemeFile(name, path, Normalize(name, File.ReadAllBytes(path)), true);
                }
            }
        }
        return new ThemeFiles(files);
    }

    /// <summary>The file named <paramref name="name"/>, or null.</summary>
    public ThemeFile? Find(string name) => _files.TryGetValue(name, out var file) ? file : null;

    /// <summary>Text files lose a byte order mark and CR line endings, so a theme edited on Windows yields the same bytes.</summary>
    private static byte[] Normalize(string name, byte[] bytes)
    {
        if (!TextExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return bytes;
        }
        var text = Encoding.UTF8.GetString(bytes);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }
        return Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n"));
    }
}
