using System.Diagnostics;
using ContentCheck.Documents;
using ContentCheck.Metadata;
using ContentCheck.Project;
using ContentCheck.Rules;
using ContentCheck.Suppressions;
using ContentCheck.Text;
using Diagnostic = ContentCheck.Diagnostics.Diagnostic;
using DiagnosticComparer = ContentCheck.Diagnostics.DiagnosticComparer;
using DiagnosticDescriptor = ContentCheck.Diagnostics.DiagnosticDescriptor;
using Location = ContentCheck.Diagnostics.Location;

namespace ContentCheck.Analysis;

/// <summary>
/// Runs analyzers over a corpus: parses each file once, runs the per-article actions in parallel on all cores,
/// then the corpus actions (side by side), applies the configured severities and returns diagnostics in one deterministic order.
/// </summary>
public sealed class AnalysisRunner
{
    private readonly IReadOnlyList<ContentAnalyzer> _analyzers;
    private readonly AnalyzerRegistration _registration = new();
    private readonly Dictionary<Action<ArticleContext>, string> _articleOwners = new();
    private readonly Dictionary<Action<CorpusContext>, string> _corpusOwners = new();

    /// <summary>Creates a runner and initializes every analyzer once.</summary>
    public AnalysisRunner(IReadOnlyList<ContentAnalyzer> analyzers)
    {
        _analyzers = analyzers;
        foreach (var analyzer in analyzers)
        {
            var own = new AnalyzerRegistration();
            analyzer.Initialize(own);
            var name = analyzer.GetType().Name;
            foreach (var a in own.DocumentActions) { _registration.DocumentActions.Add(a); _articleOwners[a] = name; }
            foreach (var a in own.BodyActions) { _registration.BodyActions.Add(a); _articleOwners[a] = name; }
            foreach (var a in own.FrontMatterActions) { _registration.FrontMatterActions.Add(a); _articleOwners[a] = name; }
            foreach (var a in own.ClockActions) { _registration.ClockActions.Add(a); _articleOwners[a] = name; }
            foreach (var a in own.CorpusActions) { _registration.CorpusActions.Add(a); _corpusOwners[a] = name; }
        }
    }

    /// <summary>Every descriptor the analyzers declare, ordered by id.</summary>
    public IReadOnlyList<DiagnosticDescriptor> Descriptors =>
        _analyzers.SelectMany(a => a.SupportedDiagnostics).Append(AnalyzerFailure.Descriptor).Concat(SuppressionApplier.Descriptors)
            .GroupBy(d => d.Id).Select(g => g.First()).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

    /// <summary>Analyzes <paramref name="inputs"/> as articles of <paramref name="project"/>.</summary>
    public AnalysisResult Run(ContentProject project, IReadOnlyList<ArticleInput> inputs, AnalyzerOptions options, CancellationToken cancellationToken = default) =>
        Run(project, inputs, options, cache: null, cancellationToken);

    /// <summary>Analyzes <paramref name="inputs"/> as articles of <paramref name="project"/>, reusing from
    /// <paramref name="cache"/> the parse and per-article findings of every file unchanged since the run that stored
    /// them (the caller keeps one cache per project and options), and storing the new ones.</summary>
    public AnalysisResult Run(ContentProject project, IReadOnlyList<ArticleInput> inputs, AnalyzerOptions options, ArticleResultCache? cache, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var ordered = inputs.OrderBy(i => i.Path, StringComparer.Ordinal).ToArray();
        var articles = new Article[ordered.Length];
        var perArticle = new List<Diagnostic>[ordered.Length];
        // Findings that depend on the clock: never cached with the others.
        var clocked = new List<Diagnostic>?[ordered.Length];
        var analyzed = 0;

        Parallel.For(0, ordered.Length, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            // Stamped before reading: a file that changes while it is read gets a newer stamp, and is read again next run.
            var stamp = cache is null ? null : ordered[i].Stamp();
            var input = ordered[i];
            if (stamp is { } known && cache!.TryGet(input.Path, known, input.ReadText, out var cachedArticle, out var cachedDiagnostics))
            {
                articles[i] = cachedArticle;
                perArticle[i] = cachedDiagnostics;
                clocked[i] = RunClockActions(cachedArticle, project, options);
                return;
            }
            Interlocked.Increment(ref analyzed);
            var article = Article.Read(ordered[i].Load(project.Schema.Templates), project.Schema);
            var diagnostics = new List<Diagnostic>();
            var context = new ArticleContext(article, project, options, diagnostics);
            RunAll(_registration.DocumentActions, context, diagnostics);
            if (article.Document.Body is not null)
            {
                RunAll(_registration.BodyActions, context, diagnostics);
            }
            if (article.Document.FrontMatter is not null)
            {
                RunAll(_registration.FrontMatterActions, context, diagnostics);
            }
            // The Markdown tree is the larger part of a parsed article and no per-article rule needs it any more: let
            // the GC have it when memory runs short, so a corpus is never held whole as trees. A later reader (the
            // site) gets this tree while it lives, else one parsed again from the text. The suppressions, which the
            // pass after the corpus rules reads, are read from it first.
            SuppressionParser.Parse(article.Document);
            article.Document.ReleaseBody();
            articles[i] = article;
            perArticle[i] = diagnostics;
            clocked[i] = RunClockActions(article, project, options);
            if (stamp is { } fresh)
            {
                cache!.Set(ordered[i].Path, fresh, article, diagnostics);
            }
        });
        cache?.EndRun(ordered.Select(i => i.Path), analyzed);

        var all = new List<Diagnostic>();
        for (var i = 0; i < perArticle.Length; i++)
        {
            all.AddRange(perArticle[i]);
            if (clocked[i] is { } clock)
            {
                all.AddRange(clock);
            }
        }

        // The corpus rules read the articles and report; none reads another's findings. They run side by side, each
        // into its own list, joined in registration order (so the findings are the same whatever the scheduling): an
        // edit in the build server runs them all over 10,000 articles, and one after the other they left a core idle
        // for most of 60 ms.
        var corpusActions = _registration.CorpusActions;
        var corpusFindings = new List<Diagnostic>[corpusActions.Count];
        Parallel.For(0, corpusActions.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
        {
            var action = corpusActions[k];
            var found = new List<Diagnostic>();
            try
            {
                action(new CorpusContext(articles, project, options, found));
            }
            catch (Exception ex)
            {
                var path = articles.Length > 0 ? articles[0].Path : string.Empty;
                var text = articles.Length > 0 ? articles[0].Document.Text : new SourceText(string.Empty);
                found.Add(Diagnostic.Create(AnalyzerFailure.Descriptor, Location.Create(path, text, default), _corpusOwners[action], ex.GetType().Name, ex.Message));
            }
            corpusFindings[k] = found;
        });
        foreach (var found in corpusFindings)
        {
            all.AddRange(found);
        }

        var effective = new List<Diagnostic>(all.Count);
        foreach (var diagnostic in all)
        {
            var severity = options.Configuration.GetSeverity(diagnostic.Descriptor, diagnostic.Location.Path);
            if (severity is { } s)
            {
                effective.Add(s == diagnostic.Severity ? diagnostic : diagnostic.WithSeverity(s));
            }
        }
        effective.Sort(DiagnosticComparer.Instance);
        // Suppressions act on effective severities, so one of a rule the configuration turned off is not "unused".
        var final = SuppressionApplier.Apply(articles, effective, KnownRuleIds, Descriptors, options.Configuration);
        return new AnalysisResult(articles, final, stopwatch.Elapsed);
    }

    /// <summary>Every rule id a suppression may name: the built-in rules, whether or not this runner runs them, and its own.</summary>
    private IReadOnlyCollection<string> KnownRuleIds =>
        BuiltInAnalyzers.All.SelectMany(a => a.SupportedDiagnostics).Concat(Descriptors).Select(d => d.Id).Distinct(StringComparer.Ordinal).ToList();

    private List<Diagnostic>? RunClockActions(Article article, ContentProject project, AnalyzerOptions options)
    {
        if (_registration.ClockActions.Count == 0 || article.Document.FrontMatter is null)
        {
            return null;
        }
        var diagnostics = new List<Diagnostic>();
        RunAll(_registration.ClockActions, new ArticleContext(article, project, options, diagnostics), diagnostics);
        return diagnostics;
    }

    private void RunAll(List<Action<ArticleContext>> actions, ArticleContext context, List<Diagnostic> diagnostics)
    {
        foreach (var action in actions)
        {
            try
            {
                action(context);
            }
            catch (Exception ex)
            {
                // A bug in one analyzer must not cost the user the other findings, nor print a stack trace.
                diagnostics.Add(Diagnostic.Create(AnalyzerFailure.Descriptor,
                    Location.Create(context.Document.Path, context.Document.Text, default),
                    _articleOwners[action], ex.GetType().Name, ex.Message));
            }
        }
    }
}
