using ContentCheck.Documents;

namespace ContentCheck.Analysis;

/// <summary>One article for the runner: a file on disk or text in memory (tests, editors).</summary>
public abstract class ArticleInput
{
    private ArticleInput(string path) => Path = path;

    /// <summary>The path diagnostics show, relative to the content root with <c>/</c> separators.</summary>
    public string Path { get; }

    /// <summary>Reads and parses the article; <paramref name="templates"/> are the template tags its body may hold.</summary>
    public abstract ArticleDocument Load(TemplateSyntax templates = TemplateSyntax.None);

    /// <summary>The file's size and time stamp, taken before it is read; null for text held in memory.</summary>
    internal virtual FileStamp? Stamp() => null;

    /// <summary>An article file; <paramref name="path"/> is how diagnostics name it.</summary>
    public static ArticleInput FromFile(string fullPath, string path) => new FileInput(fullPath, path);

    /// <summary>An article held in memory.</summary>
    public static ArticleInput FromText(string path, string text) => new TextInput(path, text);

    private sealed class FileInput(string fullPath, string path) : ArticleInput(path)
    {
        public override ArticleDocument Load(TemplateSyntax templates = TemplateSyntax.None) => DocumentLoader.Load(fullPath, Path, templates);

        internal override FileStamp? Stamp() => FileStamp.Of(fullPath);
    }

    private sealed class TextInput(string path, string text) : ArticleInput(path)
    {
        public override ArticleDocument Load(TemplateSyntax templates = TemplateSyntax.None) => DocumentLoader.Parse(text, Path, Path, templates: templates);
    }
}
