namespace ContentCheck.Analysis;

/// <summary>Where analyzers register what they need; the runner calls each action at the right stage.</summary>
public sealed class AnalyzerRegistration
{
    internal List<Action<ArticleContext>> DocumentActions { get; } = new();
    internal List<Action<ArticleContext>> FrontMatterActions { get; } = new();
    internal List<Action<ArticleContext>> BodyActions { get; } = new();
    internal List<Action<CorpusContext>> CorpusActions { get; } = new();
    internal List<Action<ArticleContext>> ClockActions { get; } = new();

    /// <summary>Runs for every file, also one that could not be read as an article (encoding, fences).</summary>
    public void RegisterDocumentAction(Action<ArticleContext> action) => DocumentActions.Add(action);

    /// <summary>Runs for every article whose front matter was read as a YAML mapping.</summary>
    public void RegisterFrontMatterAction(Action<ArticleContext> action) => FrontMatterActions.Add(action);

    /// <summary>Runs for every article whose Markdown body was parsed (also when the front matter is broken).</summary>
    public void RegisterBodyAction(Action<ArticleContext> action) => BodyActions.Add(action);

    /// <summary>Runs for every article whose front matter was read, like a front-matter action, when its findings
    /// depend on the clock (<see cref="AnalyzerOptions.Now"/>): it runs on every run, also for an article whose other
    /// findings are reused from an earlier run (<see cref="ArticleResultCache"/>), since the clock has moved since.</summary>
    public void RegisterClockAction(Action<ArticleContext> action) => ClockActions.Add(action);

    /// <summary>Runs once after every article was analyzed, with the whole corpus.</summary>
    public void RegisterCorpusAction(Action<CorpusContext> action) => CorpusActions.Add(action);
}
