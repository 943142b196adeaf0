using ContentCheck.Text;
using ContentCheck.Yaml;
using Markdig.Syntax;

namespace ContentCheck.Documents;

/// <summary>
/// One article file, parsed once: its text, its front matter as a position-tracked YAML tree and its body
/// as a Markdig tree. Every node maps back to the line and column of the original file.
/// </summary>
public sealed class ArticleDocument
{
    internal ArticleDocument(string fullPath, string path, SourceText text)
    {
        FullPath = fullPath;
        Path = path;
        Text = text;
    }

    /// <summary>The absolute path on disk.</summary>
    public string FullPath { get; }

    /// <summary>The path relative to the content root with <c>/</c> separators, e.g. <c>articles/2008/03/18/x.md</c>.</summary>
    public string Path { get; }

    /// <summary>The decoded text, without a byte order mark.</summary>
    public SourceText Text { get; }

    /// <summary>Whether the file started with a UTF-8 byte order mark.</summary>
    public bool HadByteOrderMark { get; internal set; }

    /// <summary>Why the file could not be read as an article, or null.</summary>
    public DocumentProblem? Problem { get; internal set; }

    /// <summary>The YAML syntax error in the front matter, or null.</summary>
    public YamlSyntaxError? YamlError { get; internal set; }

    /// <summary>The front matter, or null when it is missing or broken.</summary>
    public YamlMapping? FrontMatter { get; internal set; }

    /// <summary>The span of the opening <c>---</c> line (empty when there is none).</summary>
    public TextSpan OpeningFenceSpan { get; internal set; }

    /// <summary>The span of the YAML between the fences.</summary>
    public TextSpan FrontMatterSpan { get; internal set; }

    /// <summary>The span of the Markdown body (the whole file when there is no front matter).</summary>
    public TextSpan BodySpan { get; internal set; }

    /// <summary>The Markdown body; spans in it are relative to <see cref="BodySpan"/>'s start — use <see cref="SpanOf"/>.
    /// After <see cref="ReleaseBody"/> it is parsed again from the text when asked for (the same tree).</summary>
    public MarkdownDocument? Body
    {
        get
        {
            if (_body is { } body)
            {
                return body;
            }
            if (_released is null)
            {
                return null;
            }
            if (_released.TryGetTarget(out var alive))
            {
                return alive;
            }
            // Two threads may both parse; either tree is the same tree.
            var parsed = DocumentLoader.ParseMarkdown(BodyText, Templates);
            _released = new WeakReference<MarkdownDocument>(parsed);
            return parsed;
        }
        internal set
        {
            _body = value;
            _released = null;
        }
    }

    private MarkdownDocument? _body;
    private WeakReference<MarkdownDocument>? _released;

    /// <summary>Whether the document has a Markdown body, without parsing a released one again.</summary>
    public bool HasBody => _body is not null || _released is not null;

    /// <summary>The template tags the body was parsed with (needed to parse it again).</summary>
    internal TemplateSyntax Templates { get; set; }

    /// <summary>
    /// Lets the Markdown tree go (it is the larger part of a parsed article): the runner calls it once the article's
    /// own rules ran, so a corpus — and the build server between builds — keeps the text and the front matter, and a
    /// later reader of <see cref="Body"/> gets the tree parsed again from the text, or the released one if it is still
    /// in memory.
    /// </summary>
    public void ReleaseBody()
    {
        if (_body is { } body)
        {
            _released = new WeakReference<MarkdownDocument>(body);
            _body = null;
        }
    }

    // The values of DocumentSlot<T>s: the first few slots (the engine's and the site's need six) in a small array made
    // on first use, any further ones in a dictionary. Lock-free: each value is published with a compare-and-swap, and
    // neither store is ever replaced, so no write can be lost to a concurrent resize.
    private const int InlineSlots = 8;
    private object?[]? _slots;
    private System.Collections.Concurrent.ConcurrentDictionary<int, object?>? _moreSlots;

    internal object? GetSlot(int index)
    {
        if (index < InlineSlots)
        {
            var slots = Volatile.Read(ref _slots);
            return slots is null ? null : Volatile.Read(ref slots[index]);
        }
        return Volatile.Read(ref _moreSlots) is { } more && more.TryGetValue(index, out var value) ? value : null;
    }

    /// <summary>Stores <paramref name="value"/> unless the slot holds one; returns the value the slot holds.</summary>
    internal object SetSlotIfEmpty(int index, object value)
    {
        if (index < InlineSlots)
        {
            return Interlocked.CompareExchange(ref InlineSlotArray()[index], value, null) ?? value;
        }
        return MoreSlots().AddOrUpdate(index, value, (_, kept) => kept ?? value)!;
    }

    internal void SetSlot(int index, object? value)
    {
        if (index < InlineSlots)
        {
            Volatile.Write(ref InlineSlotArray()[index], value);
        }
        else
        {
            MoreSlots()[index] = value;
        }
    }

    private object?[] InlineSlotArray() =>
        Volatile.Read(ref _slots) ?? Interlocked.CompareExchange(ref _slots, new object?[InlineSlots], null) ?? _slots!;

    private System.Collections.Concurrent.ConcurrentDictionary<int, object?> MoreSlots() =>
        Volatile.Read(ref _moreSlots) ?? Interlocked.CompareExchange(ref _moreSlots, new System.Collections.Concurrent.ConcurrentDictionary<int, object?>(), null) ?? _moreSlots!;

    /// <summary>The body's text, as Markdig saw it.</summary>
    public string BodyText => Text.Text.Substring(BodySpan.Start, BodySpan.Length);

    /// <summary>Whether the front matter was read; rules over fields run only then.</summary>
    public bool HasFrontMatter => FrontMatter is not null;

    /// <summary>The span in the file of a node of the Markdown body.</summary>
    public TextSpan SpanOf(MarkdownObject node) =>
        node.Span.IsEmpty ? new TextSpan(BodySpan.Start + Math.Max(node.Span.Start, 0), 0)
                          : new TextSpan(BodySpan.Start + node.Span.Start, node.Span.Length);

    /// <inheritdoc />
    public override string ToString() => Path;
}
