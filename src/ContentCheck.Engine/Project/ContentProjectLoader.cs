using System.Text;
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
        return new ContentProject(root, site, sources, people, topics, ArticleSchema.Default, problems);
    }

    private static SiteSettings LoadSite(string root, List<ConfigurationFileProblem> problems)
    {
        var mapping = ReadYaml(root, SiteFile, problems, out var text) as YamlMapping;
        if (mapping is null || text is null)
        {
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
        var node = ReadYaml(root, fileName, problems, out var text);
        if (text is null)
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

    private static YamlNode? ReadYaml(string root, string fileName, List<ConfigurationFileProblem> problems, out SourceText? text)
    {
        text = null;
        var path = Path.Combine(root, fileName);
        if (!File.Exists(path))
        {
            return null;
        }
        string content;
        try
        {
            content = File.ReadAllText(path, new UTF8Encoding(false, true));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            text = new SourceText(string.Empty);
            problems.Add(new ConfigurationFileProblem(fileName, text, default, $"{fileName} cannot be read as UTF-8 text: {ex.Message}"));
            return null;
        }
        if (content.Length > 0 && content[0] == '\uFEFF')
        {
            content = content.Substring(1);
        }
        text = new SourceText(content);
        var result = YamlTreeReader.Read(content, 0);
        if (result.Error is not null)
        {
            problems.Add(new ConfigurationFileProblem(fileName, text, result.Error.Span, $"{fileName} is not valid YAML: {result.Error.Message}"));
            return null;
        }
        return result.Root;
    }
}
