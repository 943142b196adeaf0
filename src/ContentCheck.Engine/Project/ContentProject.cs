using ContentCheck.Metadata;

namespace ContentCheck.Project;

/// <summary>A content repo: its root, its site settings, its registries and the article schema.</summary>
public sealed class ContentProject
{
    /// <summary>Creates a project; <see cref="ContentProjectLoader"/> reads one from disk.</summary>
    public ContentProject(string rootDirectory, SiteSettings site, Registry? sources, Registry? people, Registry? topics,
        ArticleSchema schema, IReadOnlyList<ConfigurationFileProblem> problems)
    {
        RootDirectory = rootDirectory;
        Site = site;
        Sources = sources;
        People = people;
        Topics = topics;
        Schema = schema;
        Problems = problems;
    }

    /// <summary>The content root (absolute).</summary>
    public string RootDirectory { get; }

    /// <summary><c>site.yml</c>.</summary>
    public SiteSettings Site { get; }

    /// <summary><c>sources.yml</c>, or null when the repo has none (source ids are then free text).</summary>
    public Registry? Sources { get; }

    /// <summary><c>people.yml</c>, or null.</summary>
    public Registry? People { get; }

    /// <summary><c>topics.yml</c>, or null.</summary>
    public Registry? Topics { get; }

    /// <summary>The registry of <paramref name="kind"/>, or null when the repo has no such file.</summary>
    public Registry? RegistryOf(RegistryKind kind) => kind switch
    {
        RegistryKind.Sources => Sources,
        RegistryKind.People => People,
        _ => Topics,
    };

    /// <summary>The article schema.</summary>
    public ArticleSchema Schema { get; }

    /// <summary>Mistakes in the schema file (<c>contentcheck.schema.yml</c>), reported by CC1015; its YAML errors are
    /// among <see cref="Problems"/>.</summary>
    public IReadOnlyList<ConfigurationFileProblem> SchemaProblems { get; init; } = Array.Empty<ConfigurationFileProblem>();

    /// <summary>Problems found while reading the configuration files.</summary>
    public IReadOnlyList<ConfigurationFileProblem> Problems { get; }

    /// <summary>Whether <paramref name="sourceId"/> names a source whose registry entry says <c>unsigned: true</c>
    /// (agency copy without a byline), so its articles need no <c>authors</c>. False when there is no
    /// <c>sources.yml</c> or the id is not in it: then nothing says the byline may be left out.</summary>
    public bool IsUnsignedSource(string? sourceId) =>
        sourceId is not null && Sources?.Find(sourceId)?.GetBoolean("unsigned") == true;
}
