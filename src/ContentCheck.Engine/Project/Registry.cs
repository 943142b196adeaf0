using ContentCheck.Text;

namespace ContentCheck.Project;

/// <summary>A registry file: ids an article may use. Where the file does not exist, ids are free text.</summary>
public sealed class Registry
{
    private readonly Dictionary<string, RegistryEntry> _byId;

    internal Registry(string path, SourceText text, IReadOnlyList<RegistryEntry> entries)
    {
        Path = path;
        Text = text;
        Entries = entries;
        _byId = new Dictionary<string, RegistryEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            // The first entry with an id wins; a duplicate is reported by the corpus rules, not hidden here.
            if (!_byId.ContainsKey(entry.Id))
            {
                _byId.Add(entry.Id, entry);
            }
        }
    }

    /// <summary>The file, relative to the content root.</summary>
    public string Path { get; }

    /// <summary>The file's text, for positions.</summary>
    public SourceText Text { get; }

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<RegistryEntry> Entries { get; }

    /// <summary>The ids in file order.</summary>
    public IEnumerable<string> Ids => Entries.Select(e => e.Id);

    /// <summary>The entry with <paramref name="id"/>, or null.</summary>
    public RegistryEntry? Find(string id) => _byId.TryGetValue(id, out var e) ? e : null;
}
