using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Project;
using ContentCheck.Rules;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Analysis;

/// <summary>The corpus rules run side by side: each one's findings arrive whole and in one order however they were
/// scheduled, and one that fails costs nothing but its own findings (one CC0001 naming it).</summary>
public sealed class CorpusActionsTests
{
    private static readonly AnalyzerOptions Options = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Findings_of_every_corpus_rule_arrive_in_one_order_and_a_failing_one_costs_only_its_own()
    {
        using var work = new TemporaryDirectory();
        work.CopyFrom(RepositoryPaths.Content, "content");
        var root = Path.Combine(work.FullPath, "content");
        var project = ContentProjectLoader.Load(root);
        var inputs = Enumerable.Range(0, 40)
            .Select(i => ArticleInput.FromText($"articles/2008/03/{i % 28 + 1:00}/story-{i:00}.md",
                $"---\ntitle: Story {i}\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2008-03-{i % 28 + 1:00}\n---\nBody of story {i}.\n"))
            .ToList();
        var analyzers = new ContentAnalyzer[] { new EveryArticle("CC9901"), new Failing(), new EveryArticle("CC9902") };

        var runs = Enumerable.Range(0, 5)
            .Select(_ => new AnalysisRunner(analyzers).Run(project, inputs, Options).Diagnostics.Select(Describe).ToList())
            .ToList();

        var first = runs[0];
        Assert.Equal(40, first.Count(d => d.StartsWith("CC9901 ", StringComparison.Ordinal)));
        Assert.Equal(40, first.Count(d => d.StartsWith("CC9902 ", StringComparison.Ordinal)));
        var failure = Assert.Single(first, d => d.StartsWith(RuleIds.AnalyzerFailure + " ", StringComparison.Ordinal));
        Assert.Contains(nameof(Failing), failure, StringComparison.Ordinal);
        Assert.All(runs, run => Assert.Equal(first, run));
    }

    private static string Describe(Diagnostic d) => $"{d.Id} {d.Location.Path} {d.GetMessage()}";

    /// <summary>Reports every article, from the corpus pass.</summary>
    private sealed class EveryArticle(string id) : ContentAnalyzer
    {
        private readonly DiagnosticDescriptor _rule = new(id, "Every article", "seen by {0}", RuleCategory.Corpus,
            DiagnosticSeverity.Warning, isEnabledByDefault: true, "A test rule.");

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [_rule];

        public override void Initialize(AnalyzerRegistration registration) => registration.RegisterCorpusAction(context =>
        {
            foreach (var article in context.Articles)
            {
                context.Report(_rule, article.Path, article.Document.Text, default, id);
            }
        });
    }

    /// <summary>A corpus rule with a bug.</summary>
    private sealed class Failing : ContentAnalyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            [new("CC9903", "Failing", "never", RuleCategory.Corpus, DiagnosticSeverity.Warning, isEnabledByDefault: true, "A test rule.")];

        public override void Initialize(AnalyzerRegistration registration) =>
            registration.RegisterCorpusAction(_ => throw new InvalidOperationException("a bug in a corpus rule"));
    }
}
