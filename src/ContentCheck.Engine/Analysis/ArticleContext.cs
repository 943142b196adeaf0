using ContentCheck.Diagnostics;
using ContentCheck.Documents;
using ContentCheck.Metadata;
using ContentCheck.Project;
using ContentCheck.Text;
using ContentCheck.Yaml;

namespace ContentCheck.Analysis;

/// <summary>What an article action sees: the document, its typed view, the project and the options.</summary>
public sealed class ArticleContext
{
    private readonly List<Diagnostic> _diagnostics;

    // Computations several analyzers share (prose blocks, quotations), kept only while this article is analyzed:
    // a cache tied to the document instead would keep them alive as long as the caller keeps the result.
    private Dictionary<object, object>? _shared;

    internal ArticleContext(Article article, ContentProject project, AnalyzerOptions options, List<Diagnostic> diagnostics)
    {
        Article = article;
        Project = project;
        Options = options;
        _diagnostics = diagnostics;
    }

    /// <summary>The typed view of the article.</summary>
    public Article Article { get; }

    /// <summary>The parsed file.</summary>
    public ArticleDocument Document => Article.Document;

    /// <summary>The front matter (non-null in front-matter actions).</summary>
    public YamlMapping FrontMatter => Document.FrontMatter ?? throw new InvalidOperationException("The document has no front matter.");

    /// <summary>The content repo.</summary>
    public ContentProject Project { get; }

    /// <summary>The run's options (clock, rule options).</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>The value <paramref name="create"/> computes for this article, computed once per article and run
    /// however many analyzers ask; <paramref name="key"/> is an object private to the computation.</summary>
    internal T Shared<T>(object key, Func<ArticleContext, T> create) where T : class
    {
        _shared ??= new Dictionary<object, object>();
        if (!_shared.TryGetValue(key, out var value))
        {
            value = create(this);
            _shared.Add(key, value);
        }
        return (T)value;
    }

    /// <summary>Reports a diagnostic at a span of this article.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, Location.Create(Document.Path, Document.Text, span), arguments));

    /// <summary>Reports a diagnostic at a YAML node of this article.</summary>
    public void Report(DiagnosticDescriptor descriptor, YamlNode node, params object?[] arguments) =>
        Report(descriptor, node.Span, arguments);
}
