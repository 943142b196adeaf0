using System.Globalization;
using System.Text.RegularExpressions;
using ContentCheck.Configuration;
using ContentCheck.Documents;
using ContentCheck.Metadata;
using ContentCheck.Text;
using ContentCheck.Yaml;

namespace ContentCheck.Project;

/// <summary>
/// Reads <c>contentcheck.schema.yml</c>, a content repo's own article schema (fields, their types and
/// constraints, names mapped onto the built-in meanings, defaults by folder glob, the path layout), so that a
/// Jekyll or Hugo repo adopts ContentCheck with a config file instead of a fork. Without the file the built-in
/// schema of DESIGN.md applies. Mistakes in the file are problems reported there (CC1015); the parts that
/// are right still apply, so one typo does not turn every article red.
/// </summary>
public sealed class ArticleSchemaLoader
{
    /// <summary>The schema file's name, at the content root.</summary>
    public const string FileName = "contentcheck.schema.yml";

    private static readonly string[] TopLevelKeys = { "base", "unknown-fields", "templates", "fields", "paths", "defaults" };
    private static readonly string[] FieldKeys = { "type", "maps-to", "required", "values", "pattern", "min-length", "max-length", "formats", "registry", "example" };
    private static readonly string[] TypeNames = { "string", "list", "date", "url", "bool", "enum", "id", "language" };
    private static readonly string[] Roles =
    {
        FieldNames.Title, FieldNames.Source, FieldNames.Authors, FieldNames.Dateline, FieldNames.Published, FieldNames.Updated,
        FieldNames.Url, FieldNames.Language, FieldNames.Topics, FieldNames.People, FieldNames.Summary, FieldNames.Draft,
    };

    private static readonly DateTimeOffset SampleInstant = new(2008, 3, 18, 21, 15, 0, TimeSpan.FromHours(3));

    private readonly SourceText _text;
    private readonly List<ConfigurationFileProblem> _problems;

    private ArticleSchemaLoader(SourceText text, List<ConfigurationFileProblem> problems)
    {
        _text = text;
        _problems = problems;
    }

    /// <summary>Loads the schema of the repo at <paramref name="root"/>: the built-in one when there is no schema
    /// file. YAML errors go to <paramref name="yamlProblems"/> (CC1002), schema mistakes to <paramref name="schemaProblems"/> (CC1015).</summary>
    public static ArticleSchema Load(string root, List<ConfigurationFileProblem> yamlProblems, List<ConfigurationFileProblem> schemaProblems)
    {
        if (!File.Exists(Path.Combine(root, FileName)))
        {
            return ArticleSchema.Default;
        }
        if (!ContentProjectLoader.TryReadYaml(root, FileName, yamlProblems, out var text, out var node))
        {
            // The file exists but cannot be read: keep the built-in fields and accept any other key, so the one
            // error in the schema file is not echoed as an unknown field in every article.
            return new ArticleSchema(ArticleSchema.Default.Fields, allowUnknownFields: true, path: FileName);
        }
        return new ArticleSchemaLoader(text, schemaProblems).Read(node);
    }

    private ArticleSchema Read(YamlNode? root)
    {
        if (root is null)
        {
            return new ArticleSchema(ArticleSchema.Default.Fields, path: FileName);
        }
        if (root is not YamlMapping mapping)
        {
            Problem(root, $"{FileName} must be a mapping with 'fields', 'paths' and 'defaults' (e.g. 'fields:' on its own line), but it is {root.KindName}");
            return new ArticleSchema(ArticleSchema.Default.Fields, allowUnknownFields: true, path: FileName);
        }
        foreach (var entry in mapping.Entries)
        {
            if (!TopLevelKeys.Contains(entry.Name))
            {
                Problem(entry.Key, $"'{entry.Name}' is not a schema setting; {Suggest(entry.Name, TopLevelKeys)}");
            }
        }
        var useBuiltIn = Choice(mapping, "base", new[] { "builtin", "none" }, "builtin") == "builtin";
        var allowUnknown = Choice(mapping, "unknown-fields", new[] { "error", "allow" }, "error") == "allow";
        var templates = Choice(mapping, "templates", new[] { "none", "liquid", "hugo" }, "none") switch
        {
            "liquid" => TemplateSyntax.Liquid,
            "hugo" => TemplateSyntax.Hugo,
            _ => TemplateSyntax.None,
        };
        var fields = ReadFields(mapping.Find("fields")?.Value, useBuiltIn);
        var layout = ReadLayout(mapping.Find("paths"));
        var schema = new ArticleSchema(fields, layout, null, allowUnknown, FileName);
        var defaults = ReadDefaults(mapping.Find("defaults")?.Value, schema);
        return new ArticleSchema(fields, layout, defaults, allowUnknown, FileName, templates);
    }

    private List<FieldDefinition> ReadFields(YamlNode? node, bool useBuiltIn)
    {
        var builtIn = ArticleSchema.Default.Fields;
        var declared = new List<(YamlEntry Entry, FieldDefinition Field, bool Explicit)>();
        if (node is YamlMapping fields)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in fields.Entries)
            {
                if (entry.Key is not YamlScalar || !seen.Add(entry.Name))
                {
                    Problem(entry.Key, $"the field '{entry.Name}' is declared twice; keep one declaration");
                    continue;
                }
                if (ReadField(entry, out var isExplicit) is { } field)
                {
                    declared.Add((entry, field, isExplicit));
                }
            }
        }
        else if (node is not null && node is not YamlScalar { IsNull: true })
        {
            Problem(node, $"'fields' must map each field name to its settings, e.g. 'title: {{type: string, required: true}}', but it is {node.KindName}");
        }

        // A role belongs to one field. A field that names its meaning ('maps-to') takes it first; a field that
        // merely has a built-in name (Jekyll's boolean 'published' beside 'date: {maps-to: published}') is then
        // a field of its own. Two fields that both name one meaning are a mistake in the file.
        var claimed = new Dictionary<string, YamlEntry>(StringComparer.Ordinal);
        foreach (var (entry, field, isExplicit) in declared.Where(d => d.Explicit && d.Field.MapsTo is not null))
        {
            if (claimed.TryGetValue(field.MapsTo!, out var first))
            {
                Problem(MapsToNode(entry) ?? entry.Key, $"'{entry.Name}' and '{first.Name}' (line {Line(first.Key)}) both map to '{field.MapsTo}'; a built-in field can have one name only");
            }
            else
            {
                claimed.Add(field.MapsTo!, entry);
            }
        }
        var result = new List<FieldDefinition>();
        foreach (var (entry, field, isExplicit) in declared)
        {
            var owns = false;
            if (field.MapsTo is { } role)
            {
                if (!claimed.TryGetValue(role, out var owner))
                {
                    claimed.Add(role, owner = entry);
                }
                owns = ReferenceEquals(owner, entry);
            }
            result.Add(owns || field.MapsTo is null ? field : field with { MapsTo = null });
        }
        if (useBuiltIn)
        {
            // Built-in fields stay unless a declaration replaces them by name or takes over their meaning.
            var names = new HashSet<string>(result.Select(f => f.Name), StringComparer.Ordinal);
            var kept = builtIn.Where(b => !names.Contains(b.Name) && (b.MapsTo is null || !claimed.ContainsKey(b.MapsTo))).ToList();
            result.InsertRange(0, kept);
        }
        else if (!result.Any(f => f.Name == FieldNames.Suppress))
        {
            // Suppressions are the tool's own field, whatever the article format.
            result.Add(builtIn.Single(f => f.Name == FieldNames.Suppress));
        }
        return result;
    }

    private FieldDefinition? ReadField(YamlEntry entry, out bool explicitRole)
    {
        explicitRole = false;
        var name = entry.Name;
        var settings = entry.Value switch
        {
            YamlMapping m => m,
            // "layout: string" is short for "layout: {type: string}".
            YamlScalar { IsNull: false } s => new YamlMapping(s.Span, new[] { new YamlEntry(new YamlScalar(s.Span, "type", true), s) }),
            YamlScalar => new YamlMapping(entry.Value.Span, Array.Empty<YamlEntry>()),
            _ => null,
        };
        if (settings is null)
        {
            Problem(entry.Value, $"the settings of '{name}' must be a mapping such as '{{type: string, required: true}}', not {entry.Value.KindName}");
            return null;
        }
        foreach (var setting in settings.Entries)
        {
            if (!FieldKeys.Contains(setting.Name))
            {
                Problem(setting.Key, $"'{setting.Name}' is not a field setting; {Suggest(setting.Name, FieldKeys)}");
            }
        }

        // maps-to: a built-in meaning, "none", or by default the field's own name when that is a built-in meaning.
        string? role = Roles.Contains(name) ? name : null;
        var mapsToInvalid = false;
        if (Scalar(settings, "maps-to") is { } mapsTo)
        {
            explicitRole = true;
            var value = mapsTo.Value.Trim();
            if (value is "none" or "" || mapsTo.IsNull)
            {
                role = null;
            }
            else if (Roles.Contains(value))
            {
                role = value;
            }
            else
            {
                Problem(mapsTo, $"'{value}' is not a built-in field to map to; {Suggest(value, Roles.Append("none"))}");
                mapsToInvalid = true;
            }
        }
        // A field inherits what it does not say from the built-in field of its name or meaning.
        var inherited = ArticleSchema.Default.Find(name) is { } same && same.MapsTo == role ? same
            : role is not null ? ArticleSchema.Default.ForRole(role) : null;

        var kind = inherited?.Kind ?? FieldKind.Text;
        var isList = inherited?.IsList ?? false;
        var registry = inherited?.Registry;
        IReadOnlyList<string>? allowed = null;
        if (Scalar(settings, "type") is { } typeNode)
        {
            var type = typeNode.Value.Trim();
            (kind, isList, registry) = type switch
            {
                "string" or "enum" => (FieldKind.Text, false, (RegistryKind?)null),
                "list" => (FieldKind.Text, true, null),
                "date" => (FieldKind.Date, false, null),
                "url" => (FieldKind.Url, false, null),
                "bool" => (FieldKind.Boolean, false, null),
                "id" => (FieldKind.RegistryId, false, null),
                "language" => (FieldKind.LanguageTag, false, null),
                _ => (kind, isList, registry),
            };
            if (!TypeNames.Contains(type))
            {
                Problem(typeNode, $"'{type}' is not a field type; {Suggest(type, TypeNames)}");
            }
            else if (type == "enum" && settings.Find("values") is null)
            {
                Problem(typeNode, $"an enum needs its values, e.g. '{name}: {{type: enum, values: [post, page]}}'");
            }
        }
        else if (inherited is null && !mapsToInvalid)
        {
            Problem(entry.Key, $"'{name}' needs a type: one of {string.Join(", ", TypeNames)}, e.g. '{name}: {{type: string}}'");
        }

        if (Scalar(settings, "registry") is { } registryNode)
        {
            var value = registryNode.Value.Trim();
            registry = value switch { "sources" => RegistryKind.Sources, "people" => RegistryKind.People, "topics" => RegistryKind.Topics, _ => registry };
            if (value is not ("sources" or "people" or "topics"))
            {
                Problem(registryNode, $"'{value}' is not a registry; {Suggest(value, new[] { "sources", "people", "topics" })}");
            }
            else if (kind == FieldKind.Text)
            {
                kind = FieldKind.RegistryId; // "type: list, registry: topics" is a list of topic ids.
            }
            else if (kind != FieldKind.RegistryId)
            {
                Problem(registryNode, $"only an 'id' or a 'list' field has a registry, and '{name}' is a {kind.ToString().ToLowerInvariant()} field");
            }
        }
        else if (kind == FieldKind.RegistryId && registry is null)
        {
            Problem(entry.Key, $"the id field '{name}' needs its registry, e.g. 'registry: sources'");
            kind = FieldKind.Text;
        }

        if (settings.Find("values")?.Value is { } valuesNode)
        {
            allowed = Strings(valuesNode, "values", "[post, page]");
        }
        var requiredSetting = Boolean(settings, "required");
        var required = requiredSetting ?? inherited?.Required ?? false;
        var pattern = Pattern(settings);
        var min = Length(settings, "min-length");
        var max = Length(settings, "max-length");
        if (min is { } lo && max is { } hi && lo > hi)
        {
            Problem(settings.Find("min-length")!.Value, $"'min-length' ({lo}) is more than 'max-length' ({hi})");
        }
        var formats = DateFormats(settings, kind);
        if (role is not null && !Fits(role, kind, isList, out var expected))
        {
            if (explicitRole)
            {
                Problem(MapsToNode(entry) ?? entry.Key, $"'{name}' maps to '{role}', which needs {expected}; change its 'type' or map it to nothing ('maps-to: none')");
            }
            // A field that only shares a built-in name, with a type of its own, is a field of the repo's own.
            role = null;
            inherited = null;
            required = requiredSetting ?? false;
        }
        var example = Scalar(settings, "example")?.Value ?? ExampleValue(kind, isList, allowed, formats, inherited, name);
        return new FieldDefinition(name, kind, required, $"{name}: {example}")
        {
            MapsTo = role,
            IsList = isList,
            Registry = registry,
            AllowedValues = allowed,
            Pattern = pattern,
            MinLength = min,
            MaxLength = max,
            DateFormats = formats,
        };
    }

    /// <summary>Whether a field of this type can carry a built-in meaning: dates stay dates, lists of names stay
    /// lists or single texts (read as a one-item list), single values stay single.</summary>
    private static bool Fits(string role, FieldKind kind, bool isList, out string expected)
    {
        var builtIn = ArticleSchema.Default.ForRole(role)!;
        expected = builtIn.Kind switch
        {
            FieldKind.Date => "type 'date'",
            FieldKind.Boolean => "type 'bool'",
            FieldKind.Url => "type 'url' or 'string'",
            FieldKind.LanguageTag => "type 'language' or 'string'",
            _ when builtIn.IsList => "a 'list', a 'string' or an 'id'",
            _ => "a 'string', an 'enum' or an 'id'",
        };
        return builtIn.Kind switch
        {
            FieldKind.Date or FieldKind.Boolean => kind == builtIn.Kind,
            FieldKind.Url or FieldKind.LanguageTag => !isList && (kind == builtIn.Kind || kind == FieldKind.Text),
            _ => (kind is FieldKind.Text or FieldKind.RegistryId) && (builtIn.IsList || !isList),
        };
    }

    private static string ExampleValue(FieldKind kind, bool isList, IReadOnlyList<string>? allowed, IReadOnlyList<string> formats, FieldDefinition? inherited, string name)
    {
        if (inherited is not null && inherited.Kind == kind && inherited.IsList == isList && formats.Count == 0)
        {
            return inherited.Example.Substring(inherited.Example.IndexOf(':') + 1).Trim();
        }
        var one = allowed is { Count: > 0 } ? allowed[0] : kind switch
        {
            FieldKind.Date => formats.Count > 0 ? ArticleDate.Example(SampleInstant, formats[0]) ?? "2008-03-18" : "2008-03-18",
            FieldKind.Url => "https://www.example.org/news/story",
            FieldKind.Boolean => "false",
            FieldKind.LanguageTag => "en",
            FieldKind.RegistryId => "an-id",
            _ => "some text",
        };
        return isList ? $"[{one}]" : one;
    }

    private PathLayout? ReadLayout(YamlEntry? entry)
    {
        if (entry is null)
        {
            return null;
        }
        // "paths: none" (or an empty list): articles may live anywhere, and no folder date is checked.
        if (entry.Value is YamlScalar { Value: "none" } || entry.Value is YamlSequence { Items.Count: 0 })
        {
            return PathLayout.TryCreate(Array.Empty<string>(), out _);
        }
        var patterns = Strings(entry.Value, "paths", "[\"_posts/{yyyy}-{MM}-{dd}-{slug}.md\"]");
        if (patterns is null)
        {
            return null;
        }
        var layout = PathLayout.TryCreate(patterns, out var error);
        if (layout is null)
        {
            Problem(entry.Value, $"{error}; write each path like \"articles/{{yyyy}}/{{MM}}/{{dd}}/{{slug}}.md\" or \"_posts/{{yyyy}}-{{MM}}-{{dd}}-{{slug}}.md\"");
        }
        return layout;
    }

    private List<FieldDefaults> ReadDefaults(YamlNode? node, ArticleSchema schema)
    {
        var result = new List<FieldDefaults>();
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return result;
        }
        if (node is not YamlSequence list)
        {
            Problem(node, $"'defaults' must be a list of '- glob: ...' entries with their 'values', but it is {node.KindName}");
            return result;
        }
        foreach (var item in list.Items)
        {
            if (item is not YamlMapping rule || Scalar(rule, "glob") is not { IsNull: false } glob || rule.Find("values")?.Value is not YamlMapping values)
            {
                Problem(item, "each entry of 'defaults' needs a 'glob' and its 'values', e.g. '- {glob: \"articles/bbc/**\", values: {source: bbc-news}}'");
                continue;
            }
            if (SectionGlob.TryCreate(glob.Value) is not { } matcher)
            {
                Problem(glob, $"'{glob.Value}' is not a valid glob (an unclosed '[' or '{{'?)");
                continue;
            }
            var accepted = new List<YamlEntry>();
            foreach (var value in values.Entries)
            {
                if (schema.Find(value.Name) is not { } field)
                {
                    Problem(value.Key, $"'{value.Name}' is not a field of the schema; {Suggest(value.Name, schema.Fields.Select(f => f.Name))}");
                }
                else if (value.Value is YamlSequence != field.IsList || value.Value is YamlMapping or YamlAlias)
                {
                    Problem(value.Value, $"the default of '{value.Name}' must be {(field.IsList ? "a list" : "text")}, like '{field.Example}'");
                }
                else
                {
                    accepted.Add(value);
                }
            }
            result.Add(new FieldDefaults(glob.Value, matcher, accepted));
        }
        return result;
    }

    private string Choice(YamlMapping mapping, string key, string[] choices, string fallback)
    {
        if (Scalar(mapping, key) is not { } node)
        {
            return fallback;
        }
        var value = node.Value.Trim();
        if (choices.Contains(value))
        {
            return value;
        }
        Problem(node, $"'{key}' is '{value}'; it must be {string.Join(" or ", choices)}");
        return fallback;
    }

    private Regex? Pattern(YamlMapping settings)
    {
        if (Scalar(settings, "pattern") is not { IsNull: false } node)
        {
            return null;
        }
        try
        {
            // A time limit, as the pattern is the repo's and the values are anyone's.
            return new Regex(node.Value, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            Problem(node, $"'{node.Value}' is not a regular expression: {ex.Message}");
            return null;
        }
    }

    private int? Length(YamlMapping settings, string key)
    {
        if (Scalar(settings, key) is not { } node)
        {
            return null;
        }
        if (int.TryParse(node.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        Problem(node, $"'{key}' must be a whole number of characters, e.g. '{key}: 120'");
        return null;
    }

    private bool? Boolean(YamlMapping settings, string key)
    {
        if (Scalar(settings, key) is not { } node)
        {
            return null;
        }
        if (bool.TryParse(node.Value, out var value))
        {
            return value;
        }
        Problem(node, $"'{key}' must be true or false");
        return null;
    }

    private IReadOnlyList<string> DateFormats(YamlMapping settings, FieldKind kind)
    {
        if (settings.Find("formats")?.Value is not { } node)
        {
            return Array.Empty<string>();
        }
        if (kind != FieldKind.Date)
        {
            Problem(node, "only a 'date' field has 'formats'");
            return Array.Empty<string>();
        }
        var formats = Strings(node, "formats", "[\"yyyy-MM-dd HH:mm:ss zzz\"]") ?? Array.Empty<string>();
        var valid = new List<string>();
        var items = node is YamlSequence seq ? seq.Items : new[] { node };
        for (var i = 0; i < formats.Count; i++)
        {
            // A format must write a date and read it back, or no value could ever match it.
            var example = ArticleDate.Example(SampleInstant, formats[i]);
            if (example is null || !ArticleDate.TryParse(example, new[] { formats[i] }, out _) || !HasDateParts(formats[i]))
            {
                Problem(items[Math.Min(i, items.Count - 1)], $"'{formats[i]}' is not a date format; use .NET custom format letters, e.g. 'yyyy-MM-dd HH:mm:ss zzz' for 2013-12-02 07:37:00 -0400 or 'dd/MM/yyyy' for 05/04/2026");
            }
            else
            {
                valid.Add(formats[i]);
            }
        }
        return valid;
    }

    private static bool HasDateParts(string format) => format.Contains("yy") && format.Contains('M') && format.Contains('d');

    private IReadOnlyList<string>? Strings(YamlNode node, string key, string example)
    {
        if (node is YamlScalar { IsNull: false } single)
        {
            return new[] { single.Value };
        }
        if (node is YamlSequence list && list.Items.All(i => i is YamlScalar { IsNull: false }))
        {
            return list.Items.Cast<YamlScalar>().Select(s => s.Value).ToList();
        }
        Problem(node, $"'{key}' must be a list of texts, e.g. '{key}: {example}'");
        return null;
    }

    private static YamlScalar? Scalar(YamlMapping mapping, string key) => mapping.Find(key)?.Value as YamlScalar;

    private static YamlNode? MapsToNode(YamlEntry entry) => entry.Value is YamlMapping m ? m.Find("maps-to")?.Value : null;

    private int Line(YamlNode node) => _text.GetLinePosition(node.Span.Start).Line + 1;

    private static string Suggest(string value, IEnumerable<string> choices)
    {
        var list = choices.ToList();
        return StringSimilarity.Nearest(value, list) is { } nearest ? $"did you mean '{nearest}'?" : $"use one of {string.Join(", ", list)}";
    }

    private void Problem(YamlNode node, string message) => _problems.Add(new ConfigurationFileProblem(FileName, _text, node.Span, message));
}
