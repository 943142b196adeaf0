using ContentCheck.Yaml;

namespace ContentCheck.Project;

/// <summary>One entry of a registry file (<c>sources.yml</c>, <c>people.yml</c>, <c>topics.yml</c>).</summary>
public sealed class RegistryEntry
{
    internal RegistryEntry(string id, YamlScalar idNode, YamlMapping mapping)
    {
        Id = id;
        IdNode = idNode;
        Mapping = mapping;
    }

    /// <summary>The entry's id.</summary>
    public string Id { get; }

    /// <summary>The id's node, for diagnostics that point at the entry.</summary>
    public YamlScalar IdNode { get; }

    /// <summary>All the entry's fields as written.</summary>
    public YamlMapping Mapping { get; }

    /// <summary>A text field, or null when missing or not text.</summary>
    public string? GetText(string key) =>
        Mapping.Find(key)?.Value is YamlScalar { IsNull: false } s ? s.Value : null;

    /// <summary>A list of texts (a single text counts as a one-item list), empty when missing. Read once per key: rules
    /// ask for a source's domains or a person's aliases on every article that names the entry, and the entry never
    /// changes.</summary>
    public IReadOnlyList<string> GetTextList(string key) =>
        _textLists.TryGetValue(key, out var list) ? list : _textLists.GetOrAdd(key, ReadTextList(key));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> _textLists = new(StringComparer.Ordinal);

    private IReadOnlyList<string> ReadTextList(string key) => Mapping.Find(key)?.Value switch
    {
        YamlSequence seq => seq.Items.OfType<YamlScalar>().Where(s => !s.IsNull).Select(s => s.Value).ToArray(),
        YamlScalar { IsNull: false } s => new[] { s.Value },
        _ => Array.Empty<string>(),
    };

    /// <summary>A boolean field (<c>true</c>/<c>false</c>), or the default.</summary>
    public bool GetBoolean(string key, bool defaultValue = false) =>
        GetText(key) is { } text && bool.TryParse(text, out var value) ? value : defaultValue;
}
