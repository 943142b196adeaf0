using System.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Project;
using ContentCheck.Site.Output;
using ContentCheck.Site.Pages;
using ContentCheck.Site.Rendering;
using ContentCheck.Site.Search;

namespace ContentCheck.Site;

/// <summary>
/// Generates the corpus site: a page per article, list pages, feeds and data files, all linked relatively so the
/// site works from disk and under any base path. Output is byte-identical for identical input. Every page is rendered
/// (in parallel) before the output folder is touched; then only new and changed files are written and files the site no
/// longer has are deleted, so a failed generation leaves the previous site intact and an unchanged page keeps its
/// timestamp.
/// </summary>
public static class SiteGenerator
{
    /// <summary>The stages, in order; each plans its own pages and files (the sitemap, last, lists every page).</summary>
    private static readonly Action<SiteBuild>[] Stages =
    {
        CorePages.WriteAssets,
        CorePages.WriteHome,
        CorePages.WriteArticles,
        ListPages.Write,
        RulePages.Write,
        StatsPage.Write,
        SearchIndex.Write,
        DataFiles.Write,
        CorePages.WriteNotFound,
        CorePages.WriteFeeds,
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
        var baseUrl = NormalizeBaseUrl(options.BaseUrl ?? settings.BaseUrl, options.BaseUrl is null ? Path.Combine(project.RootDirectory, ContentProjectLoader.SiteFile) : null);
        var site = new SiteView(settings.Title, settings.Description, baseUrl, settings.Language);
        options.PageCache?.Begin(SiteKey(theme, site, options), options.ManifestPath);
        // Begun before the model is built: listing the previous site (a stat per file) overlaps that work.
        using var output = SiteOutput.Begin(options.OutputDirectory, project.RootDirectory, options.ManifestPath, options.PageCache?.KnownManifest,
            rememberFolders: options.PageCache is not null);
        var kept = options.PageCache?.Model;
        using var renderer = new PageRenderer(templates, site, cancellationToken);
        SiteModel model;
        SiteBuild build;
        try
        {
            // Inside the try: a model that failed half-way through being bound to this build's articles must not be
            // kept (Clear drops it).
            model = SiteModel.Build(project, articles, site, options.PageCache);
            build = new SiteBuild(model, renderer, output, theme, options, cancellationToken);
            foreach (var stage in Stages)
            {
                stage(build);
            }
            build.Run();
            if (options.PageCache is { } pages)
            {
                // The cache saves the manifest, now or (the build server) once the build has its answer.
                output.Commit(saveManifest: false);
                pages.Commit(build.Rendered, options.ManifestPath, output.SaveManifest);
            }
            else
            {
                output.Commit();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            options.PageCache?.Clear();
            throw new SiteGenerationException($"the site could not be written: {ex.Message}", options.OutputDirectory, innerException: ex);
        }
        catch
        {
            options.PageCache?.Clear();
            throw;
        }
        if (options.PageCache is { } cache)
        {
            cache.LastRendered = build.RenderedCount;
            cache.LastKept = build.Kept;
            cache.LastFoldersListed = output.FoldersListed;
            cache.LastReusedModel = kept is not null && ReferenceEquals(kept.Model, model);
            cache.Model?.Detach();
        }
        return new SiteResult(build.PageCount, output.FilesWritten, output.TotalBytes, stopwatch.Elapsed)
        {
            FileCount = output.FileCount,
            FilesDeleted = output.FilesDeleted,
        };
    }

    /// <summary>What every page depends on: the theme's files, site.yml's settings with the effective base URL, and
    /// the output folder and manifest (a page kept is a file of that folder).</summary>
    private static string SiteKey(ThemeFiles theme, SiteView site, SiteOptions options)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        void Add(string? text) => hash.AppendData(System.Text.Encoding.UTF8.GetBytes((text ?? "\u0000") + "\u0001"));
        Add(site.ToString());
        Add(options.OutputDirectory);
        Add(options.ManifestPath);
        foreach (var file in theme.All.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            Add(file.Name);
            hash.AppendData(file.Content);
        }
        return Convert.ToBase64String(hash.GetHashAndReset());
    }

    /// <summary>The base URL ending in <c>/</c>; it must be an absolute http(s) address, since the feed, the sitemap
    /// and the canonical links are built on it.</summary>
    private static string NormalizeBaseUrl(string baseUrl, string? siteFile)
    {
        var trimmed = baseUrl.Trim();
        if (!SafeUrl.IsHttp(trimmed) || trimmed.IndexOfAny(new[] { '?', '#' }) >= 0)
        {
            throw new SiteGenerationException(
                $"the base URL '{trimmed}' is not an absolute http(s) address without query or fragment; write e.g. 'base_url: https://example.org/corpus/'",
                siteFile ?? "ContentCheckBaseUrl");
        }
        return trimmed.EndsWith("/", StringComparison.Ordinal) ? trimmed : trimmed + "/";
    }
}
