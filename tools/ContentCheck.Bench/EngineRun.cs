using System.Diagnostics;
using ContentCheck.Analysis;
using ContentCheck.Project;
using ContentCheck.Rules;

namespace ContentCheck.Bench;

/// <summary>The "engine alone" measurement: run in a fresh process by the benchmark, as a command-line tool would be.
/// Prints one line: articles, diagnostics, seconds inside the process, peak working set in MB.</summary>
internal static class EngineRun
{
    public static int Run(string contentRoot)
    {
        var stopwatch = Stopwatch.StartNew();
        var project = ContentProjectLoader.Load(contentRoot);
        var inputs = Directory.EnumerateFiles(Path.Combine(project.RootDirectory, "articles"), "*.md", SearchOption.AllDirectories)
            .Select(f => ArticleInput.FromFile(f, Path.GetRelativePath(project.RootDirectory, f).Replace('\\', '/')))
            .ToList();
        var result = new AnalysisRunner(BuiltInAnalyzers.All).Run(project, inputs, new AnalyzerOptions(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(FormattableString.Invariant($"{result.Articles.Count} {result.Diagnostics.Count} {stopwatch.Elapsed.TotalSeconds:0.000} {peak:0}"));
        foreach (var diagnostic in result.Diagnostics.Take(5))
        {
            Console.Error.WriteLine(diagnostic);
        }
        return 0;
    }
}
