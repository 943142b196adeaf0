using ContentCheck.Documents;
using ContentCheck.Metadata;
using ContentCheck.Text;
using ContentCheck.Yaml;

namespace ContentCheck.Project;

/// <summary>Reads a content repo's <c>site.yml</c> and registries. Never throws for a user's mistake:
/// broken files become <see cref="ConfigurationFileProblem"/>s and the registry is treated as absent.</summary>
public static class ContentProjectLoader
{
    /// <summary>The registry file names.</summary>
    public const string SourcesFile = "sources.yml", PeopleFile = "people.yml", TopicsFile = "topics.yml", SiteFile = "site.yml";

    /// <summary>Loads the project rooted at <paramref name="rootDirectory"/>.</summary>
    public static ContentProject Load(string rootDirectory)
    {
        var root = Path.GetFullPath(rootDirectory);
        var problems = new List<ConfigurationFileProblem>();
        var sources = LoadRegistry(root, SourcesFile, problems);
        var people = LoadRegistry(root, PeopleFile, problems);
        var topics = LoadRegistry(root, TopicsFile, problems);
        var site = LoadSite(root, problems);
        var schemaProblems = new List<ConfigurationFileProblem>();
        var schema = ArticleSchemaLoader.Load(root, problems, schemaProblems);
        return new ContentProject(root, site, sources, people, topics, schema, problems) { SchemaProblems = schemaProblems };
    }

    private static SiteSettings LoadSite(string root, List<ConfigurationFileProblem> problems)
    {
        if (!TryReadYaml(root, SiteFile, problems, out var text, out var node) || node is not YamlMapping mapping)
        {
            if (node is not null)
            {
                problems.Add(new ConfigurationFileProblem(SiteFile, text, node.Span,
                    $"{SiteFile} must be YAML 'key: value' lines (e.g. 'title: My corpus'), but it is {node.KindName}; the default settings are used"));
            }
            return SiteSettings.Default;
        }
        string Get(string key, string fallback) =>
            mapping.Find(key)?.Value is YamlScalar { IsNull: false } s ? s.Value : fallback;
        var baseUrl = Get("base_url", SiteSettings.Default.BaseUrl);
        if (!baseUrl.EndsWith("/", StringComparison.Ordinal))
        {
            baseUrl += "/";
        }
        return new SiteSettings(Get("title", SiteSettings.Default.Title), Get("description", string.Empty), baseUrl, Get("language", "en"));
    }

    private static Registry? LoadRegistry(string root, string fileName, List<ConfigurationFileProblem> problems)
    {
        // A missing or broken file is treated as absent (ids are free text), so one typo in sources.yml
        // yields one diagnostic there instead of an "unknown source" error in every article.
        if (!TryReadYaml(root, fileName, problems, out var text, out var node))
        {
            return null;
        }
        var entries = new List<RegistryEntry>();
        if (node is null)
        {
            return new Registry(fileName, text, entries);
        }
        if (node is not YamlSequence list)
        {
            problems.Add(new ConfigurationFileProblem(fileName, text, node.Span,
                $"{fileName} must be a YAML list of entries ('- id: ...'), but it is {node.KindName}"));
            return null;
        }
        foreach (var item in list.Items)
        {
            if (item is YamlMapping mapping && mapping.Find("id")?.Value is YamlScalar { IsNull: false } id)
            {
                entries.Add(new RegistryEntry(id.Value, id, mapping));
            }
            else
            {
                problems.Add(new ConfigurationFileProblem(fileName, text, item.Span,
                    $"every entry of {fileName} needs an 'id' (e.g. '- id: bbc-news'); this one has none and is ignored"));
            }
        }
        return new Registry(fileName, text, entries);
    }

    /// <summary>Reads a YAML file; false when it does not exist or is broken (the problem is recorded).
    /// <paramref name="node"/> is null for an empty file.</summary>
    internal static bool TryReadYaml(string root, string fileName, List<ConfigurationFileProblem> problems, out SourceText text, out YamlNode? node)
    {
        text = new SourceText(string.Empty);
        node = null;
        var path = Path.Combine(root, fileName);
        if (!File.Exists(path))
        {
            return false;
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ConfigurationFileProblem(fileName, text, default, $"{fileName} cannot be read: {ex.Message}"));
            return false;
        }
        var decoded = TextDecoder.Decode(bytes);
        text = decoded.Text;
        if (decoded.Problem is { } problem)
        {
            problems.Add(new ConfigurationFileProblem(fileName, text, problem.Span, problem.Kind == DocumentProblemKind.Binary
                ? $"{fileName} is not a text file (it holds a NUL byte at byte offset {problem.Detail}); it must be UTF-8 YAML"
                : $"{fileName} is not valid UTF-8: byte {problem.Detail} cannot be read here; save the file as UTF-8 (without a legacy encoding such as Windows-1252)"));
            return false;
        }
        var result = YamlTreeReader.Read(text.Text, 0);
        if (result.Error is not null)
        {
            problems.Add(new ConfigurationFileProblem(fileName, text, result.Error.Span, $"{fileName} is not valid YAML: {result.Error.Message}"));
            return false;
        }
        node = result.Root;
        return true;
    }
}
