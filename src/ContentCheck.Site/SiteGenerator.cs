using System.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Project;
using ContentCheck.Site.Output;
using ContentCheck.Site.Pages;
using ContentCheck.Site.Rendering;

namespace ContentCheck.Site;

/// <summary>
/// Generates the corpus site: a page per article, list pages, feeds and data files, all linked relatively so the
/// site works from disk and under any base path. Output is byte-identical for identical input and replaces the
/// output folder atomically.
/// </summary>
public static class SiteGenerator
{
    /// <summary>The stages, in order; each writes its own pages and files.</summary>
    private static readonly Action<SiteBuild>[] Stages =
    {
        CorePages.WriteAssets,
        CorePages.WriteHome,
        CorePages.WriteArticles,
    };

    /// <summary>Generates the site of <paramref name="articles"/> (drafts and articles without a title or a
    /// published date are skipped) into <see cref="SiteOptions.OutputDirectory"/>.</summary>
    /// <exception cref="SiteGenerationException">The theme or the output folder is unusable; the message names the
    /// file, line and column, and the previous site is left as it was.</exception>
    public static SiteResult Generate(ContentProject project, IReadOnlyList<Article> articles, SiteOptions options, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var theme = ThemeFiles.Load(options.ThemeDirectory ?? Path.Combine(project.RootDirectory, "theme"));
        var templates = TemplateSet.Parse(theme);
        var settings = project.Site;
        var site = new SiteView(settings.Title, settings.Description, NormalizeBaseUrl(options.BaseUrl ?? settings.BaseUrl), settings.Language);
        var model = SiteModel.Build(project, articles, site);

        using var output = SiteOutput.Begin(options.OutputDirectory, project.RootDirectory);
        var build = new SiteBuild(model, new PageRenderer(templates, site, cancellationToken), output, theme, options, cancellationToken);
        try
        {
            foreach (var stage in Stages)
            {
                stage(build);
            }
            output.Commit();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SiteGenerationException($"the site could not be written: {ex.Message}", options.OutputDirectory, innerException: ex);
        }
        return new SiteResult(build.PageCount, output.FilesWritten, output.TotalBytes, stopwatch.Elapsed);
    }

    private static string NormalizeBaseUrl(string baseUrl)
    {
        var trimmed = baseUrl.Trim();
        return trimmed.EndsWith("/", StringComparison.Ordinal) ? trimmed : trimmed + "/";
    }
}
