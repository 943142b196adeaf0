using ContentCheck.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Project;
using ContentCheck.Site;
using Microsoft.Build.Framework;

namespace ContentCheck.Build;

/// <summary>Emits the site after a clean validation. A template or output problem is one build error with its file
/// and position (CCB003), never a stack trace; the previous site is left as it was.</summary>
internal static class SiteStep
{
    public static bool TryGenerate(CheckContent task, ContentProject project, IReadOnlyList<Article> articles, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        if (string.IsNullOrEmpty(task.SiteOutputPath))
        {
            return true;
        }
        try
        {
            var options = new SiteOptions(Path.GetFullPath(task.SiteOutputPath!))
            {
                BaseUrl = string.IsNullOrWhiteSpace(task.BaseUrl) ? null : task.BaseUrl,
                Rules = rules,
            };
            var site = SiteGenerator.Generate(project, articles, options);
            task.Log.LogMessage(MessageImportance.High, string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "ContentCheck: site written to {0} ({1:N0} pages, {2:N1} MB in {3:0.00} s)",
                options.OutputDirectory, site.PageCount, site.TotalBytes / 1e6, site.Elapsed.TotalSeconds));
            return true;
        }
        catch (SiteGenerationException ex)
        {
            task.Log.LogError(null, BuildErrorCodes.SiteFailed, null, ex.FilePath ?? task.SiteOutputPath, ex.Line, ex.Column, 0, 0,
                "The site was not written (the previous one is unchanged): {0}", ex.Detail);
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            task.Log.LogError(null, BuildErrorCodes.SiteFailed, null, task.SiteOutputPath, 0, 0, 0, 0,
                "The site could not be written to '{0}' (the previous one is unchanged): {1}", task.SiteOutputPath, ex.Message);
            return false;
        }
    }
}
