using System.Diagnostics;
using ContentCheck.Analysis;
using ContentCheck.Project;
using ContentCheck.Rules;
using ContentCheck.Site;

namespace ContentCheck.Bench;

/// <summary>The "engine alone, validate + site" measurement: analyze every article, then generate the site into
/// <c>OUTPUT</c>, in a fresh process. Prints one line: articles, diagnostics, pages, site MB, seconds to validate,
/// seconds for the site, total seconds, peak working set in MB.</summary>
internal static class SiteRun
{
    public static int Run(string contentRoot, string output)
    {
        var stopwatch = Stopwatch.StartNew();
        var project = ContentProjectLoader.Load(contentRoot);
        var inputs = Directory.EnumerateFiles(Path.Combine(project.RootDirectory, "articles"), "*.md", SearchOption.AllDirectories)
            .Select(f => ArticleInput.FromFile(f, Path.GetRelativePath(project.RootDirectory, f).Replace('\\', '/')))
            .ToList();
        var runner = new AnalysisRunner(BuiltInAnalyzers.All);
        var result = runner.Run(project, inputs, new AnalyzerOptions(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        var validated = stopwatch.Elapsed;
        var validatedCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var validatedBytes = GC.GetTotalAllocatedBytes();
        var site = SiteGenerator.Generate(project, result.Articles, new SiteOptions(output) { Rules = runner.Descriptors });
        var total = stopwatch.Elapsed;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        var siteCpu = Process.GetCurrentProcess().TotalProcessorTime - validatedCpu;
        Console.WriteLine(FormattableString.Invariant(
            $"{result.Articles.Count} {result.Diagnostics.Count} {site.PageCount} {site.TotalBytes / 1e6:0.0} {validated.TotalSeconds:0.000} {(total - validated).TotalSeconds:0.000} {total.TotalSeconds:0.000} {peak:0}"));
        Console.Error.WriteLine(FormattableString.Invariant(
            $"cpu: validate {validatedCpu.TotalSeconds:0.00} s, site {siteCpu.TotalSeconds:0.00} s; gc: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen0/1/2), {GC.GetTotalPauseDuration().TotalSeconds:0.000} s paused, {validatedBytes / 1e9:0.00} + {(GC.GetTotalAllocatedBytes() - validatedBytes) / 1e9:0.00} GB allocated (validate + site); site: {site.FilesWritten} files written, {site.FilesDeleted} deleted"));
        return 0;
    }
}
