using System.Diagnostics;
using System.Globalization;
using ContentCheck.Analysis;
using ContentCheck.Project;
using ContentCheck.Rules;
using ContentCheck.Site;

namespace ContentCheck.Bench;

/// <summary>The steady-state cost of the work itself, without JIT: validates (and, with an output folder, generates
/// the site) several times in one process, nothing cached between runs, and prints one line per run — wall seconds
/// and CPU seconds for the analysis and for the site — so a profile tells the engine's cost from the cold start's.
/// With <c>changeEvery</c> each run first appends a line to every article, so every article page is written again
/// (the site's write path in steady state); with <c>editOne</c> each run appends a line to one article and reuses
/// the per-article analysis cache, the page cache and the site manifest, as the build server does for an edit.</summary>
internal static class WarmRun
{
    public static int Run(string contentRoot, int runs, string? output, bool changeEvery, bool editOne)
    {
        var project = ContentProjectLoader.Load(contentRoot);
        var files = Directory.EnumerateFiles(Path.Combine(project.RootDirectory, "articles"), "*.md", SearchOption.AllDirectories).ToList();
        var runner = new AnalysisRunner(BuiltInAnalyzers.All);
        var options = new AnalyzerOptions(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var articleCache = editOne ? new ArticleResultCache() : null;
        var pageCache = editOne ? new ContentCheck.Site.Output.PageCache() : null;
        var manifest = editOne && output is not null ? output + ".manifest" : null;
        for (var run = 1; run <= runs; run++)
        {
            if (changeEvery)
            {
                foreach (var file in files)
                {
                    File.AppendAllText(file, FormattableString.Invariant($"\nChanged for warm run {run}.\n"));
                }
            }
            if (editOne && run > 1)
            {
                File.AppendAllText(files[files.Count / 2], FormattableString.Invariant($"\nEdited for warm run {run}.\n"));
            }
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var allocated = GC.GetTotalAllocatedBytes();
            var stopwatch = Stopwatch.StartNew();
            var inputs = files.Select(f => ArticleInput.FromFile(f, Path.GetRelativePath(project.RootDirectory, f).Replace('\\', '/'))).ToList();
            var result = runner.Run(project, inputs, options, articleCache);
            var validated = stopwatch.Elapsed;
            process.Refresh();
            var validatedCpu = process.TotalProcessorTime - cpu;
            var line = FormattableString.Invariant($"run {run}: validate {validated.TotalSeconds:0.000} s wall, {validatedCpu.TotalSeconds:0.00} cpu-s ({result.Articles.Count} articles, {result.Diagnostics.Count} diagnostics)");
            if (output is not null)
            {
                var site = SiteGenerator.Generate(project, result.Articles, new SiteOptions(output) { Rules = runner.Descriptors, PageCache = pageCache, ManifestPath = manifest });
                process.Refresh();
                line += FormattableString.Invariant($"; site {(stopwatch.Elapsed - validated).TotalSeconds:0.000} s wall, {(process.TotalProcessorTime - cpu - validatedCpu).TotalSeconds:0.00} cpu-s ({site.PageCount} pages, {site.FilesWritten} files written)");
            }
            line += FormattableString.Invariant($"; GCs {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} (gen 0/1/2), paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.000} s, {(GC.GetTotalAllocatedBytes() - allocated) / 1e6:0} MB allocated");
            process.Refresh();
            line += FormattableString.Invariant($"; live after the run {GC.GetTotalMemory(forceFullCollection: true) / 1e6:0} MB, peak working set {process.PeakWorkingSet64 / 1e6:0} MB");
            Console.WriteLine(line);
        }
        return 0;
    }
}
