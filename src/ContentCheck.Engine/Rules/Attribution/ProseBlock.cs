using System.Text;
using ContentCheck.Analysis;
using ContentCheck.Documents;
using ContentCheck.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContentCheck.Rules.Attribution;

/// <summary>
/// The prose of one paragraph or heading as a reader sees it — emphasis markers, link targets, images and
/// HTML removed, line breaks as <c>\n</c> — with a map from each character back to the file. Text rules scan
/// this instead of the Markdown source, so <c>*“We agreed,”* said Lavrov</c> reads as one sentence.
/// </summary>
internal sealed class ProseBlock
{
    private static readonly object SharedKey = new();

    // One segment per inline: where its text starts in Text, and where its source is in the file.
    private readonly List<(int Plain, int Length, int File, int FileLength)> _segments;

    private ProseBlock(LeafBlock block, string text, List<(int, int, int, int)> segments)
    {
        Block = block;
        Text = text;
        _segments = segments;
    }

    /// <summary>The Markdig block.</summary>
    public LeafBlock Block { get; }

    /// <summary>Whether the block is a heading (a heading holds no sentences to attribute).</summary>
    public bool IsHeading => Block is HeadingBlock;

    /// <summary>The plain text.</summary>
    public string Text { get; }

    /// <summary>Every paragraph and heading of the body in document order (also inside lists and block
    /// quotes), computed once per article of a run and shared by the rules that read prose.</summary>
    public static IReadOnlyList<ProseBlock> Of(ArticleContext context) =>
        context.Shared(SharedKey, static c => Read(c.Document));

    /// <summary>The file span of the plain range [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public TextSpan ToFileSpan(int start, int end)
    {
        var fileStart = ToFileOffset(start, isEnd: false);
        var fileEnd = end > start ? ToFileOffset(end, isEnd: true) : fileStart;
        return TextSpan.FromBounds(fileStart, Math.Max(fileStart, fileEnd));
    }

    private int ToFileOffset(int index, bool isEnd)
    {
        // An end offset belongs to the segment holding the character before it.
        var probe = isEnd ? index - 1 : index;
        foreach (var (plain, length, file, fileLength) in _segments)
        {
            if (probe >= plain && probe < plain + length)
            {
                if (length == fileLength)
                {
                    return file + (index - plain);
                }
                // An escape (\") or an entity (&rdquo;): the character stands for its whole source.
                return isEnd ? file + fileLength : file;
            }
        }
        var last = _segments.Count > 0 ? _segments[_segments.Count - 1] : default;
        return last.File + last.FileLength;
    }

    /// <summary>Reads the prose blocks of a document (uncached: analyzers use <see cref="Of"/>).</summary>
    public static IReadOnlyList<ProseBlock> Read(ArticleDocument document)
    {
        var blocks = new List<ProseBlock>();
        if (document.Body is null)
        {
            return blocks;
        }
        var builder = ScratchBuilder ??= new StringBuilder(1024);
        foreach (var leaf in document.Body.Descendants<LeafBlock>())
        {
            if (leaf is not (ParagraphBlock or HeadingBlock) || leaf.Inline is null)
            {
                continue;
            }
            builder.Clear();
            var segments = new List<(int, int, int, int)>();
            Append(document, leaf.Inline, builder, segments);
            blocks.Add(new ProseBlock(leaf, builder.ToString(), segments));
        }
        return blocks;
    }

    // One builder per thread, reused: a new one per article grew and copied its chunks again for every paragraph.
    [ThreadStatic]
    private static StringBuilder? ScratchBuilder;

    private static void Append(ArticleDocument document, ContainerInline container, StringBuilder builder, List<(int, int, int, int)> segments)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Add(document, inline, builder, segments, literal.Content.Text, literal.Content.Start, literal.Content.Length);
                    break;
                case HtmlEntityInline entity:
                    Add(document, inline, builder, segments, entity.Transcoded.Text, entity.Transcoded.Start, entity.Transcoded.Length);
                    break;
                case LineBreakInline:
                    Add(document, inline, builder, segments, "\n", 0, 1);
                    break;
                case CodeInline code:
                    // Code is not prose: keep its place as neutral characters so no quote mark or word is read in it.
                    Add(document, inline, builder, segments, new string('_', Math.Max(1, code.Content.Length)), 0, Math.Max(1, code.Content.Length));
                    break;
                case AutolinkInline autolink:
                    Add(document, inline, builder, segments, autolink.Url, 0, autolink.Url.Length);
                    break;
                case HtmlInline:
                    // "a<br>b" reads as two words.
                    Add(document, inline, builder, segments, " ", 0, 1);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline child:
                    Append(document, child, builder, segments);
                    break;
            }
        }
    }

    private static void Add(ArticleDocument document, Inline inline, StringBuilder builder, List<(int, int, int, int)> segments,
        string text, int start, int length)
    {
        if (length <= 0)
        {
            return;
        }
        var span = document.SpanOf(inline);
        segments.Add((builder.Length, length, span.Start, span.Length));
        builder.Append(text, start, length);
    }
}
