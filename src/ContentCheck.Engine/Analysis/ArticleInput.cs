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

    /// <summary>The file's text as a document would hold it (decoded, without a byte order mark) and whether it had
    /// one, to tell a touched
    /// file from a changed one; null when it cannot be read or decoded (then it is parsed, and reports why).</summary>
    internal virtual (string Text, bool HadByteOrderMark)? ReadText() => null;

    /// <summary>An article file; <paramref name="path"/> is how diagnostics name it.</summary>
    public static ArticleInput FromFile(string fullPath, string path) => new FileInput(fullPath, path, null);

    /// <summary>An article file whose size and last write time (UTC ticks) the caller read already, before reading
    /// anything else of it (a build that stamped every article for its fingerprint); an unchanged stamp lets the
    /// runner reuse the file's earlier result.</summary>
    public static ArticleInput FromFile(string fullPath, string path, long length, long lastWriteTicks) =>
        new FileInput(fullPath, path, new FileStamp(length, lastWriteTicks));

    /// <summary>An article held in memory.</summary>
    public static ArticleInput FromText(string path, string text) => new TextInput(path, text);

    private sealed class FileInput(string fullPath, string path, FileStamp? stamp) : ArticleInput(path)
    {
        public override ArticleDocument Load(TemplateSyntax templates = TemplateSyntax.None) => DocumentLoader.Load(fullPath, Path, templates);

        internal override FileStamp? Stamp() => stamp ?? FileStamp.Of(fullPath);

        internal override (string Text, bool HadByteOrderMark)? ReadText()
        {
            try
            {
                if (new FileInfo(fullPath).Length > DocumentLoader.MaxFileBytes)
                {
                    return null;
                }
                var decoded = TextDecoder.Decode(File.ReadAllBytes(fullPath));
                var text = decoded.Text.Text;
                if (decoded.Problem is not null)
                {
                    return null;
                }
                var mark = text.Length > 0 && text[0] == '\uFEFF';
                return (mark ? text.Substring(1) : text, decoded.HadByteOrderMark || mark);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
    }

    private sealed class TextInput(string path, string text) : ArticleInput(path)
    {
        public override ArticleDocument Load(TemplateSyntax templates = TemplateSyntax.None) => DocumentLoader.Parse(text, Path, Path, templates: templates);
    }
}
