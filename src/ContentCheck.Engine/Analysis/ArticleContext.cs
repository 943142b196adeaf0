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

    /// <summary>Reports a diagnostic at a span of this article.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, Location.Create(Document.Path, Document.Text, span), arguments));

    /// <summary>Reports a diagnostic at a YAML node of this article.</summary>
    public void Report(DiagnosticDescriptor descriptor, YamlNode node, params object?[] arguments) =>
        Report(descriptor, node.Span, arguments);
}
