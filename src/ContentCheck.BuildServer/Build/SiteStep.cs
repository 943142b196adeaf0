using ContentCheck.Build.Protocol;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Project;
using ContentCheck.Site;

namespace ContentCheck.Build;

/// <summary>Emits the site after a clean validation. A template or output problem is one build error with its file
/// and position (CCB003), never a stack trace; the previous site is left as it was.</summary>
internal static class SiteStep
{
    public static bool TryGenerate(BuildRequest request, BuildLog log, ContentProject project, IReadOnlyList<Article> articles,
        IReadOnlyList<DiagnosticDescriptor> rules, ContentCheck.Site.Output.PageCache pages)
    {
        if (string.IsNullOrEmpty(request.SiteOutputPath))
        {
            return true;
        }
        try
        {
            var options = new SiteOptions(Path.GetFullPath(request.SiteOutputPath!))
            {
                BaseUrl = string.IsNullOrWhiteSpace(request.BaseUrl) ? null : request.BaseUrl,
                Rules = rules,
                PageCache = pages,
                // Beside the build cache in obj/: lets an incremental build rewrite only the pages that changed.
                ManifestPath = string.IsNullOrEmpty(request.CacheFile) ? null : request.CacheFile + ".site-manifest",
            };
            var site = SiteGenerator.Generate(project, articles, options);
            log.Message(BuildMessageImportance.High, "ContentCheck: site written to {0} ({1:N0} pages, {2:N1} MB in {3:0.00} s)",
                options.OutputDirectory, site.PageCount, site.TotalBytes / 1e6, site.Elapsed.TotalSeconds);
            log.Message(BuildMessageImportance.Normal, "ContentCheck: {0:N0} of {1:N0} pages rendered, the others unchanged since the last build; {2:N0} files written{3}.",
                pages.LastRendered, site.PageCount, site.FilesWritten, pages.LastReusedModel ? "; no article's metadata changed, so the site model was kept" : string.Empty);
            return true;
        }
        catch (SiteGenerationException ex)
        {
            log.Error(BuildErrorCodes.SiteFailed, ex.FilePath ?? request.SiteOutputPath, ex.Line, ex.Column,
                "The site was not written (the previous one is unchanged): {0}", ex.Detail);
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log.Error(BuildErrorCodes.SiteFailed, request.SiteOutputPath,
                "The site could not be written to '{0}' (the previous one is unchanged): {1}", request.SiteOutputPath, ex.Message);
            return false;
        }
    }
}
