using System.Diagnostics;
using ContentCheck.Analysis;
using ContentCheck.Metadata;
using ContentCheck.Project;
using ContentCheck.Rules.Corpus;
using ContentCheck.Engine.Tests.Rules.Corpus;
using CorpusDedupBench;

// Usage: CorpusDedupBench [N ...] [--end-to-end]
// With no N, measures 10,000 and 100,000, each in its own process so peak memory belongs to one size.
var endToEnd = args.Contains("--end-to-end");
var sizes = args.Where(a => a != "--end-to-end").Select(int.Parse).ToList();
if (sizes.Count == 0)
{
    foreach (var n in new[] { 10_000, 100_000 })
    {
        var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, endToEnd ? $"{n} --end-to-end" : $"{n}") { UseShellExecute = false })!;
        child.WaitForExit();
    }
    return;
}

foreach (var n in sizes)
{
    Measure(n, endToEnd);
}

static void Measure(int n, bool endToEnd)
{
    var generate = Stopwatch.StartNew();
    var corpus = SyntheticCorpus.Generate(n, seed: 20071012);
    var words = corpus.Bodies.Sum(b => b.Count(c => c == ' ' || c == '\n') + 1L);
    Console.WriteLine($"N = {n:N0} bodies, {words / n:N0} words on average, {corpus.Bodies.Sum(b => (long)b.Length) / 1_000_000.0:F0} M chars; " +
        $"injected {corpus.ExactCopies.Count} exact and {corpus.NearCopies.Count} near copies (generated in {generate.Elapsed.TotalSeconds:F1} s)");

    var bodies = corpus.Bodies.Select(b => b.AsMemory()).ToList();
    GC.Collect();
    var before = Process.GetCurrentProcess().PeakWorkingSet64;
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var timer = Stopwatch.StartNew();
    var found = new BodyDuplicateFinder().Find(bodies, _ => 0.8);
    timer.Stop();
    // CPU time too: on a shared machine the wall clock measures the neighbours as much as the finder.
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    var peak = Process.GetCurrentProcess().PeakWorkingSet64;
    Console.WriteLine($"  detection (CC5003 + CC5004): {timer.Elapsed.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU on {Environment.ProcessorCount} cores, " +
        $"allocated {allocated / 1048576.0:F0} MB, peak working set {peak / 1048576.0:F0} MB (before detection {before / 1048576.0:F0} MB: the corpus itself)");
    Report(corpus, found);

    if (endToEnd)
    {
        MeasureEndToEnd(corpus);
    }
}

static void Report(SyntheticCorpus corpus, IReadOnlyList<BodyDuplicate> found)
{
    // Ground truth for near copies: the exact Jaccard of each copy with its source, by the plain definition.
    // A near copy whose edits cancelled out (a word replaced by itself) is an exact copy: CC5003's, not CC5004's.
    var undone = corpus.NearCopies.Where(p => NaiveShingles.SameWords(corpus.Bodies[p.Source], corpus.Bodies[p.Copy])).ToList();
    var exactCopies = corpus.ExactCopies.Concat(undone).ToList();
    var nearExpected = corpus.NearCopies.Except(undone).Where(p => NaiveShingles.Jaccard(corpus.Bodies[p.Source], corpus.Bodies[p.Copy]) >= 0.8).ToList();
    var exact = found.Where(f => f.IsExact).ToList();
    var near = found.Where(f => !f.IsExact).ToList();
    bool SameFamily(BodyDuplicate f) => corpus.Family[f.Earlier] == corpus.Family[f.Later];

    var exactFound = exactCopies.Count(p => exact.Any(f => f.Later == p.Copy && SameFamily(f)));
    var nearFound = nearExpected.Count(p => near.Any(f => f.Later == p.Copy && SameFamily(f)));
    var nearBelow = corpus.NearCopies.Count - undone.Count - nearExpected.Count;
    // A reported pair is right when both bodies descend from one original and its similarity is exact.
    var wrong = found.Count(f => !SameFamily(f) || (!f.IsExact && Math.Abs(NaiveShingles.Jaccard(corpus.Bodies[f.Earlier], corpus.Bodies[f.Later]) - f.Similarity) > 1e-9));
    Console.WriteLine($"  CC5003: found {exact.Count} pairs; injected exact copies found {exactFound}/{exactCopies.Count} ({undone.Count} of them near copies whose edit undid itself)");
    Console.WriteLine($"  CC5004: found {near.Count} pairs; injected near copies at >= 0.8 found {nearFound}/{nearExpected.Count} " +
        $"({nearBelow} injected copies are below 0.8 to their source and are not expected); wrong pairs {wrong}");
}

static void MeasureEndToEnd(SyntheticCorpus corpus)
{
    // Through the runner, as a build would run it: parse every article (front matter + Markdig), then the rule.
    // One folder, so path order is corpus order and "earlier" means the same as above.
    var inputs = corpus.Bodies.Select((b, i) => ArticleInput.FromText(
        $"articles/2007/10/12/story-{i:000000}.md",
        $"---\ntitle: Story {i}\nsource: bench\nauthors: [A Reporter]\npublished: 2007-10-12\n---\n\n{b}\n")).ToList();
    var project = new ContentProject(Path.GetTempPath(), SiteSettings.Default, null, null, null, ArticleSchema.Default, []);
    var options = new AnalyzerOptions(DateTimeOffset.UnixEpoch);
    var parseOnly = new AnalysisRunner([]).Run(project, inputs, options);
    var withRule = new AnalysisRunner([new DuplicateBodyAnalyzer()]).Run(project, inputs, options);
    Console.WriteLine($"  end to end through AnalysisRunner: parse only {parseOnly.Elapsed.TotalSeconds:F2} s, parse + CC5003/CC5004 {withRule.Elapsed.TotalSeconds:F2} s, " +
        $"{withRule.Diagnostics.Count} diagnostics, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB");
}
