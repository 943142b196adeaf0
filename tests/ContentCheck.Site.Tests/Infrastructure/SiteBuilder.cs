using ContentCheck.Analysis;
using ContentCheck.Metadata;
using ContentCheck.Project;
using ContentCheck.Rules;

namespace ContentCheck.Site.Tests.Infrastructure;

/// <summary>Loads a content repo as the build does (project, then analysis with every built-in rule) and generates its site.</summary>
public static class SiteBuilder
{
    /// <summary>The clock analyses run against, pinned so results never depend on the day the tests run.</summary>
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The project and its analyzed articles (ordered by path).</summary>
    public static (ContentProject Project, IReadOnlyList<Article> Articles, AnalysisResult Result) Load(string contentRoot)
    {
        var project = ContentProjectLoader.Load(contentRoot);
        var articlesFolder = Path.Combine(project.RootDirectory, "articles");
        var inputs = Directory.Exists(articlesFolder)
            ? Directory.EnumerateFiles(articlesFolder, "*.md", SearchOption.AllDirectories)
                .Select(f => ArticleInput.FromFile(f, Path.GetRelativePath(project.RootDirectory, f).Replace('\\', '/')))
                .ToList()
            : [];
        var result = new AnalysisRunner(BuiltInAnalyzers.All).Run(project, inputs, new AnalyzerOptions(Now));
        return (project, result.Articles, result);
    }

    /// <summary>Generates the site of <paramref name="contentRoot"/> into <paramref name="output"/>.</summary>
    public static SiteResult Generate(string contentRoot, string output, string? themeDirectory = null)
    {
        var (project, articles, _) = Load(contentRoot);
        return SiteGenerator.Generate(project, articles, new SiteOptions(output) { ThemeDirectory = themeDirectory, Rules = RuleDescriptors() });
    }

    /// <summary>Every built-in rule's descriptor, ordered by id.</summary>
    public static IReadOnlyList<Diagnostics.DiagnosticDescriptor> RuleDescriptors() =>
        new AnalysisRunner(BuiltInAnalyzers.All).Descriptors;
}
