using ContentCheck.Analysis;
using ContentCheck.Configuration;
using ContentCheck.Project;
using ContentCheck.Rules;

namespace ContentCheck.Cli.Checking;

/// <summary>A content repo on disk as the tool sees it: the same root, articles (<c>articles/**/*.md</c>, the default
/// of the <c>ContentArticle</c> item), analyzers and <c>.editorconfig</c> severities as a <c>dotnet build</c> of its
/// project.</summary>
internal sealed class ContentFolder
{
    private ContentFolder(string root) => Root = root;

    /// <summary>The content root, absolute.</summary>
    public string Root { get; }

    /// <summary>Opens <paramref name="directory"/>, or explains why it is not a content repo.</summary>
    public static ContentFolder Open(string directory)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new CommandLineException($"The content folder '{directory}' does not exist. Pass the folder that holds site.yml and articles/, e.g. 'contentcheck check content'.");
        }
        if (!File.Exists(Path.Combine(root, ContentProjectLoader.SiteFile)) && !Directory.Exists(Path.Combine(root, "articles")))
        {
            throw new CommandLineException($"'{directory}' is not a content repo: it has neither {ContentProjectLoader.SiteFile} nor an articles/ folder. Pass the folder that holds them, e.g. 'contentcheck check content'.");
        }
        return new ContentFolder(root);
    }

    /// <summary>The article paths relative to the root, with <c>/</c> separators, in ordinal order.</summary>
    public IReadOnlyList<string> ArticlePaths()
    {
        var articles = Path.Combine(Root, "articles");
        return !Directory.Exists(articles)
            ? Array.Empty<string>()
            : Directory.EnumerateFiles(articles, "*.md", SearchOption.AllDirectories)
                .Select(ToRelative)
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();
    }

    /// <summary>The absolute path of a root-relative path.</summary>
    public string FullPath(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>A path relative to the root, with <c>/</c> separators.</summary>
    public string ToRelative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The built-in analyzers, initialized once (a serve session reuses them for every rebuild).</summary>
    public AnalysisRunner Runner { get; } = new(BuiltInAnalyzers.All);

    /// <summary>Analyzes <paramref name="articlePaths"/> (default: every article) of <paramref name="project"/> (default:
    /// loaded now) with the built-in analyzers and the severities of the repo's <c>.editorconfig</c> files.</summary>
    public AnalysisResult Analyze(DateTimeOffset now, IReadOnlyList<string>? articlePaths = null, ContentProject? project = null)
    {
        project ??= ContentProjectLoader.Load(Root);
        var inputs = (articlePaths ?? ArticlePaths()).Select(p => ArticleInput.FromFile(FullPath(p), p)).ToList();
        // A fresh configuration per run: an edited .editorconfig takes effect on the next check or rebuild.
        return Runner.Run(project, inputs, new AnalyzerOptions(now, new EditorConfigRuleConfiguration(Root)));
    }
}
