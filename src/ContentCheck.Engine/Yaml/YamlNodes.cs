using ContentCheck.Text;

namespace ContentCheck.Yaml;

/// <summary>A node of a YAML document with the exact span of its text in the original file.
/// Unlike YamlDotNet's representation model it keeps duplicate keys and never expands aliases.</summary>
public abstract class YamlNode
{
    private protected YamlNode(TextSpan span) => Span = span;

    /// <summary>The node's text in the original file (offsets into the whole file, not the front matter).</summary>
    public TextSpan Span { get; }

    /// <summary>A word for the node's kind, used in messages ("a list", "a mapping", "text").</summary>
    public abstract string KindName { get; }
}

/// <summary>A scalar: plain, quoted or block text.</summary>
public sealed class YamlScalar : YamlNode
{
    /// <summary>Creates a scalar.</summary>
    public YamlScalar(TextSpan span, string value, bool isPlain) : base(span)
    {
        Value = value;
        IsPlain = isPlain;
    }

    /// <summary>The scalar's value after YAML unescaping.</summary>
    public string Value { get; }

    /// <summary>Whether it was written without quotes (so <c>null</c>, <c>~</c> or an empty value mean "no value").</summary>
    public bool IsPlain { get; }

    /// <summary>Whether YAML reads this scalar as null: an empty plain value, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    /// <inheritdoc />
    public override string KindName => "text";
}

/// <summary>A sequence (<c>[a, b]</c> or a block list).</summary>
public sealed class YamlSequence : YamlNode
{
    /// <summary>Creates a sequence.</summary>
    public YamlSequence(TextSpan span, IReadOnlyList<YamlNode> items) : base(span) => Items = items;

    /// <summary>The items in order.</summary>
    public IReadOnlyList<YamlNode> Items { get; }

    /// <inheritdoc />
    public override string KindName => "a list";
}

/// <summary>A mapping; entries keep their order and duplicates.</summary>
public sealed class YamlMapping : YamlNode
{
    /// <summary>Creates a mapping.</summary>
    public YamlMapping(TextSpan span, IReadOnlyList<YamlEntry> entries) : base(span) => Entries = entries;

    /// <summary>The entries in document order, duplicates included.</summary>
    public IReadOnlyList<YamlEntry> Entries { get; }

    /// <summary>The first entry whose key is <paramref name="key"/> (ordinal), or null.</summary>
    public YamlEntry? Find(string key)
    {
        // By index: every rule looks fields up, and a foreach over the interface boxes an enumerator each time.
        var entries = Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Key is YamlScalar scalar && scalar.Value == key)
            {
                return entries[i];
            }
        }
        return null;
    }

    /// <inheritdoc />
    public override string KindName => "a mapping";
}

/// <summary>An alias (<c>*name</c>). Aliases are kept as written and never expanded, so a
/// "billion laughs" document costs nothing; rules treat them as a value of the wrong type.</summary>
public sealed class YamlAlias : YamlNode
{
    /// <summary>Creates an alias.</summary>
    public YamlAlias(TextSpan span, string anchor) : base(span) => Anchor = anchor;

    /// <summary>The anchor the alias names.</summary>
    public string Anchor { get; }

    /// <inheritdoc />
    public override string KindName => "an alias";
}

/// <summary>A key and its value.</summary>
/// <param name="Key">The key node, almost always a <see cref="YamlScalar"/>.</param>
/// <param name="Value">The value node.</param>
public sealed record YamlEntry(YamlNode Key, YamlNode Value)
{
    /// <summary>The key's text, or an empty string for a complex key.</summary>
    public string Name => Key is YamlScalar scalar ? scalar.Value : string.Empty;
}
