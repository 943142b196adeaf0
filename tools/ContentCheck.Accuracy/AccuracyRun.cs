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
    public sealed record Report(IReadOnlyList<RuleScore> Rules, int CleanArticles, IReadOnlyList<string> CleanFindings, IReadOnlyList<string> Skipped, IReadOnlyList<string> Missed);

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
            for (var j = 0; j < faultsPerKind; j++, index++)
            {
                var (path, text) = corpus.Article(index);
                var injected = FaultInjector.Inject(kind, path, text);
                var full = Path.Combine(root, injected.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, injected.Text);
                truth.Add(injected.Fault);
            }
        }

        var project = ContentProjectLoader.Load(root);
        var inputs = Directory.EnumerateFiles(Path.Combine(root, "articles"), "*.md", SearchOption.AllDirectories)
            .Select(f => ArticleInput.FromFile(f, Path.GetRelativePath(root, f).Replace('\\', '/')))
            .ToList();
        var result = new AnalysisRunner(BuiltInAnalyzers.All).Run(project, inputs, new AnalyzerOptions(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        var truthKeys = truth.Select(t => Key(t.RuleId, t.Path, t.Line)).ToHashSet(StringComparer.Ordinal);
        var reportedKeys = result.Diagnostics.Select(d => Key(d.Id, d.Location.Path, d.Location.LineSpan.Start.Line + 1)).ToHashSet(StringComparer.Ordinal);
        var clean = cleanPaths.ToHashSet(StringComparer.Ordinal);

        var rules = result.Diagnostics.Select(d => d.Id).Concat(truth.Select(t => t.RuleId)).Distinct().OrderBy(id => id, StringComparer.Ordinal)
            .Select(id =>
            {
                var injected = truth.Where(t => t.RuleId == id).ToList();
                var reported = result.Diagnostics.Where(d => d.Id == id).ToList();
                return new RuleScore(id, injected.Count,
                    injected.Count(t => reportedKeys.Contains(Key(t.RuleId, t.Path, t.Line))),
                    reported.Count,
                    reported.Count(d => truthKeys.Contains(Key(d.Id, d.Location.Path, d.Location.LineSpan.Start.Line + 1))));
            }).ToList();
        var cleanFindings = result.Diagnostics.Where(d => clean.Contains(d.Location.Path)).Select(d => d.ToString()).ToList();
        var missed = truth.Where(t => !reportedKeys.Contains(Key(t.RuleId, t.Path, t.Line)))
            .Select(t => $"{t.RuleId} {t.Path}:{t.Line} ({t.Kind}) — reported there: " +
                string.Join("; ", result.Diagnostics.Where(d => d.Location.Path == t.Path).Select(d => $"{d.Id}@{d.Location.LineSpan.Start.Line + 1}")))
            .ToList();
        return new Report(rules, cleanCount, cleanFindings, skipped, missed);
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
        foreach (var skip in report.Skipped)
        {
            text.AppendLine("  not measured: " + skip);
        }
        return text.ToString();
    }

    private static string Key(string rule, string path, int line) => rule + "|" + path + "|" + line.ToString(CultureInfo.InvariantCulture);
}
