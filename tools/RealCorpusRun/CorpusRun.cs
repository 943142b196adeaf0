using System.Diagnostics;
using System.Globalization;
using System.Text;
using ContentCheck.Analysis;
using ContentCheck.Configuration;
using ContentCheck.Diagnostics;
using ContentCheck.Project;
using ContentCheck.Rules;

namespace ContentCheck.RealCorpus;

/// <summary>One run over a real repo: the whole corpus at once (as the build runs it), then each file alone to
/// find the slowest ones.</summary>
internal sealed record CorpusRun(
    int Files, TimeSpan Elapsed, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> InternalErrors,
    IReadOnlyList<(string Path, TimeSpan Time, int Length)> Slowest, ContentProject Project)
{
    public static CorpusRun Run(RunOptions options)
    {
        var project = ContentProjectLoader.Load(options.Root);
        var globs = options.Globs.Select(g => SectionGlob.TryCreate(g) ?? throw new ArgumentException($"bad glob {g}")).ToList();
        var inputs = Directory.EnumerateFiles(options.Root, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(options.Root, f).Replace('\\', '/')))
            .Where(f => !f.Relative.StartsWith(".git/", StringComparison.Ordinal) && globs.Any(g => g.IsMatch("/" + f.Relative)))
            .Select(f => ArticleInput.FromFile(f.Full, f.Relative))
            .ToList();
        var runner = new AnalysisRunner(BuiltInAnalyzers.All);
        var analyzerOptions = new AnalyzerOptions(options.Now);
        runner.Run(project, inputs.Take(50).ToList(), analyzerOptions); // JIT, so the timing is of the work
        var stopwatch = Stopwatch.StartNew();
        var result = runner.Run(project, inputs, analyzerOptions);
        var elapsed = stopwatch.Elapsed;

        var perFile = new List<(string, TimeSpan, int)>();
        foreach (var input in inputs)
        {
            var one = Stopwatch.StartNew();
            var single = runner.Run(project, new[] { input }, analyzerOptions);
            perFile.Add((input.Path, one.Elapsed, single.Articles[0].Document.Text.Text.Length));
        }
        var slowest = perFile.OrderByDescending(p => p.Item2).Take(options.Slowest).ToList();
        var errors = result.Diagnostics.Where(d => d.Id == AnalyzerFailure.Id).ToList();
        return new CorpusRun(inputs.Count, elapsed, result.Diagnostics, errors, slowest, project);
    }

    public string Format(RunOptions options)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1:N0} files, {2:N0} diagnostics in {3:0.00} s ({4} schema)",
            options.Root, Files, Diagnostics.Count, Elapsed.TotalSeconds, Project.Schema.Path ?? "built-in"));
        text.AppendLine(string.Format(CultureInfo.InvariantCulture, "internal errors (CC0001): {0}", InternalErrors.Count));
        foreach (var error in InternalErrors.Take(20))
        {
            text.AppendLine("  " + error);
        }
        text.AppendLine();
        text.AppendLine("| rule | title | count | files |");
        text.AppendLine("|---|---|---:|---:|");
        foreach (var group in Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1} | {2:N0} | {3:N0} |",
                group.Key, group.First().Descriptor.Title, group.Count(), group.Select(d => d.Location.Path).Distinct().Count()));
        }
        text.AppendLine();
        foreach (var group in Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(group.Key + " samples:");
            // Spread the samples over the corpus rather than the first files of one folder.
            var list = group.ToList();
            for (var i = 0; i < Math.Min(options.Samples, list.Count); i++)
            {
                text.AppendLine("  " + list[i * list.Count / Math.Min(options.Samples, list.Count)]);
            }
        }
        text.AppendLine();
        text.AppendLine("slowest files (each analyzed alone, every rule):");
        foreach (var (path, time, length) in Slowest)
        {
            text.AppendLine(string.Format(CultureInfo.InvariantCulture, "  {0,8:0.0} ms  {1,9:N0} chars  {2}", time.TotalMilliseconds, length, path));
        }
        return text.ToString();
    }
}
