using System.Globalization;
using System.Text;
using ContentCheck.Analysis;
using ContentCheck.Corpus;
using ContentCheck.Diagnostics;
using ContentCheck.Project;
using ContentCheck.Rules;

namespace ContentCheck.Accuracy;

/// <summary>Generates the corpus with faults, runs the engine and scores it per rule.</summary>
public static class AccuracyRun
{
    /// <summary>The score of one rule.</summary>
    public sealed record RuleScore(string RuleId, int Injected, int Found, int Reported, int Correct)
    {
        /// <summary>Found / injected.</summary>
        public double Recall => Injected == 0 ? 1 : (double)Found / Injected;

        /// <summary>Correct / reported.</summary>
        public double Precision => Reported == 0 ? 1 : (double)Correct / Reported;
    }

    /// <summary>What a run measured.</summary>
    public sealed record Report(IReadOnlyList<RuleScore> Rules, int CleanArticles, IReadOnlyList<string> CleanFindings, IReadOnlyList<string> Skipped,
        IReadOnlyList<string> Missed, IReadOnlyList<string> Unexpected);

    /// <summary>Runs the harness in <paramref name="root"/> (emptied first).</summary>
    public static Report Run(string root, int cleanCount, int faultsPerKind, int seed = 20071012)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
        var corpus = new SyntheticCorpus(seed);
        var cleanPaths = corpus.Write(root, cleanCount).ToList();

        var registered = BuiltInAnalyzers.All.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var truth = new List<InjectedFault>();
        var skipped = new List<string>();
        var index = cleanCount;
        foreach (var kind in FaultInjector.Kinds)
        {
            if (!registered.Contains(kind.RuleId))
            {
                skipped.Add($"{kind.RuleId} ({kind.Name}): rule not implemented");
                continue;
            }
            for (var j = 0; j < faultsPerKind; j++, index += 2)
            {
                // Each fault gets a fresh article and a companion (written only when the kind uses it: a second copy
                // of a url, a slug or a body), so the clean articles stay clean.
                var (path, text) = corpus.Article(index);
                var (companionPath, companionText) = corpus.Article(index + 1);
                var (files, fault) = FaultInjector.Inject(kind, new FaultTarget(index, path, text, companionPath, companionText));
                foreach (var (filePath, fileText) in files)
                {
                    var full = Path.Combine(root, filePath);
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    File.WriteAllText(full, fileText);
                }
                truth.Add(fault);
            }
        }

        var project = ContentProjectLoader.Load(root);
        var inputs = Directory.EnumerateFiles(Path.Combine(root, "articles"), "*.md", SearchOption.AllDirectories)
            .Select(f => ArticleInput.FromFile(f, Path.GetRelativePath(root, f).Replace('\\', '/')))
            .ToList();
        var result = new AnalysisRunner(BuiltInAnalyzers.All).Run(project, inputs, new AnalyzerOptions(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        var truthByPath = truth.ToLookup(t => t.Path, StringComparer.Ordinal);
        bool IsTrue(Diagnostic d) => truthByPath[d.Location.Path].Any(t => t.Covers(d.Id, d.Location.Path, d.Location.LineSpan.Start.Line + 1));
        var reportedByPath = result.Diagnostics.ToLookup(d => d.Location.Path, StringComparer.Ordinal);
        bool IsFound(InjectedFault t) => reportedByPath[t.Path].Any(d => t.Covers(d.Id, d.Location.Path, d.Location.LineSpan.Start.Line + 1));
        var clean = cleanPaths.ToHashSet(StringComparer.Ordinal);

        var rules = result.Diagnostics.Select(d => d.Id).Concat(truth.Select(t => t.RuleId)).Distinct().OrderBy(id => id, StringComparer.Ordinal)
            .Select(id =>
            {
                var injected = truth.Where(t => t.RuleId == id).ToList();
                var reported = result.Diagnostics.Where(d => d.Id == id).ToList();
                return new RuleScore(id, injected.Count, injected.Count(IsFound), reported.Count, reported.Count(IsTrue));
            }).ToList();
        var cleanFindings = result.Diagnostics.Where(d => clean.Contains(d.Location.Path)).Select(d => d.ToString()).ToList();
        var missed = truth.Where(t => !IsFound(t))
            .Select(t => $"{t.RuleId} {t.Path}:{t.Line} ({t.Kind}) — reported there: " +
                string.Join("; ", reportedByPath[t.Path].Select(d => $"{d.Id}@{d.Location.LineSpan.Start.Line + 1}")))
            .ToList();
        var unexpected = result.Diagnostics.Where(d => !clean.Contains(d.Location.Path) && !IsTrue(d)).Select(d => d.ToString()).ToList();
        return new Report(rules, cleanCount, cleanFindings, skipped, missed, unexpected);
    }

    /// <summary>The report as a Markdown table and notes.</summary>
    public static string Format(Report report)
    {
        var text = new StringBuilder();
        text.AppendLine("| rule | injected | found | recall | reported | precision |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in report.Rules)
        {
            text.AppendLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1} | {2} | {3:0.0}% | {4} | {5:0.0}% |",
                r.RuleId, r.Injected, r.Found, r.Recall * 100, r.Reported, r.Precision * 100));
        }
        text.AppendLine();
        text.AppendLine(string.Format(CultureInfo.InvariantCulture, "Clean articles: {0:N0}, findings on them: {1}", report.CleanArticles, report.CleanFindings.Count));
        foreach (var finding in report.CleanFindings.Take(20))
        {
            text.AppendLine("  false positive: " + finding);
        }
        foreach (var miss in report.Missed.Take(20))
        {
            text.AppendLine("  missed: " + miss);
        }
        foreach (var extra in report.Unexpected.Take(20))
        {
            text.AppendLine("  not injected: " + extra);
        }
        foreach (var skip in report.Skipped)
        {
            text.AppendLine("  not measured: " + skip);
        }
        return text.ToString();
    }

}
