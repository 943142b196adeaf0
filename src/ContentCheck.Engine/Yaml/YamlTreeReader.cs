using ContentCheck.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContentCheck.Yaml;

/// <summary>
/// Reads one YAML document into <see cref="YamlNode"/>s from YamlDotNet's parser events, keeping the start
/// and end mark of every node as offsets into the original file. YamlDotNet counts marks in UTF-16 code
/// units with CRLF as two, exactly as <see cref="SourceText"/> does, so an offset is the mark's index plus
/// where the YAML text starts in the file.
/// </summary>
public static class YamlTreeReader
{
    /// <summary>Nesting deeper than this is reported as an error instead of risking the stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>The result of reading: the root (null when the document is empty or broken) or the error.</summary>
    public readonly record struct Result(YamlNode? Root, YamlSyntaxError? Error);

    /// <summary>Parses <paramref name="yaml"/>, which starts at <paramref name="baseOffset"/> in the file.</summary>
    public static Result Read(string yaml, int baseOffset)
    {
        var parser = new Parser(new StringReader(yaml));
        var lastGood = 0;
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return new Result(null, null);
            }
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, baseOffset, 0, ref lastGood);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var next = parser.Current!;
                return new Result(null, new YamlSyntaxError(
                    new TextSpan(baseOffset + (int)next.Start.Index, 3),
                    "the front matter holds more than one YAML document; remove the extra '---' or '...' line"));
            }
            return new Result(root, null);
        }
        catch (YamlException ex)
        {
            var start = (int)Math.Min(ex.Start.Index, yaml.Length);
            var end = (int)Math.Min(Math.Max(ex.End.Index, ex.Start.Index + 1), yaml.Length);
            if (end <= start && start > 0)
            {
                start--;
            }
            return new Result(null, new YamlSyntaxError(TextSpan.FromBounds(baseOffset + start, baseOffset + Math.Max(end, start)), CleanMessage(ex.Message)));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet throws plain exceptions on some malformed flow collections (seen with "a: [b\nc: d");
            // the last event it produced is the best position we have.
            var start = Math.Min(lastGood, yaml.Length);
            return new Result(null, new YamlSyntaxError(new TextSpan(baseOffset + start, start < yaml.Length ? 1 : 0),
                "the YAML could not be read past this point; check for an unclosed '[', '{' or quote"));
        }
    }

    private static YamlNode ReadNode(IParser parser, int baseOffset, int depth, ref int lastGood)
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of the YAML text");
        lastGood = (int)current.Start.Index;
        if (depth > MaxDepth)
        {
            throw new YamlException(current.Start, current.End, $"the YAML nests more than {MaxDepth} levels deep");
        }
        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                lastGood = (int)scalar.End.Index;
                return new YamlScalar(Span(scalar.Start, scalar.End, baseOffset), scalar.Value, scalar.Style == ScalarStyle.Plain);
            case AnchorAlias alias:
                parser.MoveNext();
                return new YamlAlias(Span(alias.Start, alias.End, baseOffset), alias.Value.Value);
            case SequenceStart sequenceStart:
            {
                parser.MoveNext();
                var items = new List<YamlNode>();
                while (!parser.Accept<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, baseOffset, depth + 1, ref lastGood));
                }
                var end = parser.Consume<SequenceEnd>();
                return new YamlSequence(CollectionSpan(sequenceStart.Start, end.End, sequenceStart.Style == SequenceStyle.Flow, items, baseOffset), items);
            }
            case MappingStart mappingStart:
            {
                parser.MoveNext();
                var entries = new List<YamlEntry>();
                while (!parser.Accept<MappingEnd>(out _))
                {
                    var key = ReadNode(parser, baseOffset, depth + 1, ref lastGood);
                    var value = ReadNode(parser, baseOffset, depth + 1, ref lastGood);
                    entries.Add(new YamlEntry(key, value));
                }
                var end = parser.Consume<MappingEnd>();
                return new YamlMapping(CollectionSpan(mappingStart.Start, end.End, mappingStart.Style == MappingStyle.Flow, entries.Select(e => e.Value).ToList(), baseOffset), entries);
            }
            default:
                throw new YamlException(current.Start, current.End, $"unexpected YAML {current.GetType().Name}");
        }
    }

    /// <summary>A flow collection ends at its closing bracket; a block collection's end mark sits at the start of
    /// the next line, so it ends with its last item instead (a diagnostic must not swallow the line break).</summary>
    private static TextSpan CollectionSpan(Mark start, Mark end, bool isFlow, IReadOnlyList<YamlNode> items, int baseOffset)
    {
        var startOffset = baseOffset + (int)start.Index;
        if (isFlow || items.Count == 0)
        {
            return TextSpan.FromBounds(startOffset, Math.Max(startOffset, baseOffset + (int)end.Index));
        }
        return TextSpan.FromBounds(startOffset, Math.Max(startOffset, items[items.Count - 1].Span.End));
    }

    private static TextSpan Span(Mark start, Mark end, int baseOffset) =>
        TextSpan.FromBounds(baseOffset + (int)start.Index, baseOffset + (int)end.Index);

    /// <summary>YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 1) - (...)": the diagnostic has the
    /// position already, so keep the words only.</summary>
    private static string CleanMessage(string message)
    {
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = marker >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(marker + 3) : message;
        text = text.Trim().TrimEnd('.');
        return text.Length == 0 ? "invalid YAML" : char.ToLowerInvariant(text[0]) + text.Substring(1);
    }
}
