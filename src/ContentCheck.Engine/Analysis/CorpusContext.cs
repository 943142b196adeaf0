using ContentCheck.Diagnostics;
using ContentCheck.Metadata;
using ContentCheck.Project;
using ContentCheck.Text;

namespace ContentCheck.Analysis;

/// <summary>What a corpus action sees: every article (in path order), the project and the options.</summary>
public sealed class CorpusContext
{
    private readonly List<Diagnostic> _diagnostics;

    internal CorpusContext(IReadOnlyList<Article> articles, ContentProject project, AnalyzerOptions options, List<Diagnostic> diagnostics)
    {
        Articles = articles;
        Project = project;
        Options = options;
        _diagnostics = diagnostics;
    }

    /// <summary>All articles, ordered by path.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The content repo.</summary>
    public ContentProject Project { get; }

    /// <summary>The run's options.</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>Reports a diagnostic in any file of the repo (an article or a registry).</summary>
    public void Report(DiagnosticDescriptor descriptor, string path, SourceText text, TextSpan span, params object?[] arguments) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, Location.Create(path, text, span), arguments));
}
