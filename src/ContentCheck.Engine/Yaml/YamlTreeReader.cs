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
    public static Result Read(string yaml, int baseOffset) => new Reader(yaml, baseOffset).Read();

    /// <summary>One read: the parser, the text and the last position known to be good.</summary>
    private sealed class Reader(string yaml, int baseOffset)
    {
        private readonly Parser _parser = new(new StringReader(yaml));
        private int _lastGood;

        public Result Read()
        {
            try
            {
                _parser.Consume<StreamStart>();
                if (_parser.Accept<StreamEnd>(out _))
                {
                    return new Result(null, null);
                }
                _parser.Consume<DocumentStart>();
                var root = ReadNode(0);
                _parser.Consume<DocumentEnd>();
                if (!_parser.Accept<StreamEnd>(out _))
                {
                    var next = _parser.Current!;
                    return new Result(null, new YamlSyntaxError(
                        new TextSpan(baseOffset + (int)next.Start.Index, Math.Min(3, yaml.Length - (int)next.Start.Index)),
                        "the front matter holds more than one YAML document; remove the extra '---' or '...' line"));
                }
                return new Result(root, null);
            }
            catch (YamlException ex)
            {
                return new Result(null, new YamlSyntaxError(ErrorSpan((int)ex.Start.Index, (int)ex.End.Index), CleanMessage(ex.Message)));
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
            {
                // YamlDotNet throws plain exceptions on some malformed flow collections (seen with "a: [b\nc: d");
                // the last event it produced is the best position we have.
                return new Result(null, new YamlSyntaxError(ErrorSpan(_lastGood, _lastGood + 1),
                    "the YAML could not be read past this point; check for an unclosed '[', '{' or quote"));
            }
        }

        private YamlNode ReadNode(int depth)
        {
            var current = _parser.Current ?? throw new YamlException("unexpected end of the YAML text");
            _lastGood = (int)current.Start.Index;
            if (depth > MaxDepth)
            {
                throw new YamlException(current.Start, current.End, $"the YAML nests more than {MaxDepth} levels deep");
            }
            switch (current)
            {
                case Scalar scalar:
                    _parser.MoveNext();
                    _lastGood = (int)scalar.End.Index;
                    return new YamlScalar(ScalarSpan(scalar), scalar.Value, scalar.Style == ScalarStyle.Plain);
                case AnchorAlias alias:
                    _parser.MoveNext();
                    return new YamlAlias(Span((int)alias.Start.Index, (int)alias.End.Index), alias.Value.Value);
                case SequenceStart sequenceStart:
                {
                    _parser.MoveNext();
                    var items = new List<YamlNode>();
                    while (!_parser.Accept<SequenceEnd>(out _))
                    {
                        items.Add(ReadNode(depth + 1));
                    }
                    var end = _parser.Consume<SequenceEnd>();
                    return new YamlSequence(CollectionSpan(sequenceStart.Start, end, sequenceStart.Style == SequenceStyle.Flow, items), items);
                }
                case MappingStart mappingStart:
                {
                    _parser.MoveNext();
                    var entries = new List<YamlEntry>();
                    while (!_parser.Accept<MappingEnd>(out _))
                    {
                        var key = ReadNode(depth + 1);
                        var value = ReadNode(depth + 1);
                        entries.Add(new YamlEntry(key, value));
                    }
                    var end = _parser.Consume<MappingEnd>();
                    return new YamlMapping(CollectionSpan(mappingStart.Start, end, mappingStart.Style == MappingStyle.Flow, entries.Select(e => e.Value).ToList()), entries);
                }
                default:
                    throw new YamlException(current.Start, current.End, $"unexpected YAML {current.GetType().Name}");
            }
        }

        /// <summary>A block scalar (<c>|</c>, <c>&gt;</c>) ends after its final line breaks and any blank lines;
        /// the span stops at its last character so a diagnostic does not swallow the next key's line.</summary>
        private TextSpan ScalarSpan(Scalar scalar)
        {
            var start = (int)scalar.Start.Index;
            var end = (int)scalar.End.Index;
            if (scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded)
            {
                end = TrimEnd(start, end);
            }
            return Span(start, end);
        }

        /// <summary>A flow collection's end event sits on its closing bracket, so the span takes that character
        /// too. A block collection's end mark sits at the start of the next line, so it ends with its last item
        /// instead (a diagnostic must not swallow the line break).</summary>
        private TextSpan CollectionSpan(Mark start, ParsingEvent end, bool isFlow, IReadOnlyList<YamlNode> items)
        {
            var startOffset = baseOffset + (int)start.Index;
            if (isFlow)
            {
                var close = (int)end.Start.Index;
                var closeEnd = close < yaml.Length && yaml[close] is ']' or '}' ? close + 1 : close;
                return TextSpan.FromBounds(startOffset, Math.Max(startOffset, baseOffset + closeEnd));
            }
            if (items.Count == 0)
            {
                return TextSpan.FromBounds(startOffset, Math.Max(startOffset, baseOffset + TrimEnd((int)start.Index, (int)end.End.Index)));
            }
            return TextSpan.FromBounds(startOffset, Math.Max(startOffset, items[items.Count - 1].Span.End));
        }

        /// <summary>The span of a parser error: at least one character where the text has one, never a bare
        /// line break (an error at the end of a line points at the last character before it).</summary>
        private TextSpan ErrorSpan(int start, int end)
        {
            start = Math.Max(0, Math.Min(start, yaml.Length));
            end = Math.Min(Math.Max(end, start + 1), yaml.Length);
            end = TrimEnd(start, end);
            if (end == start)
            {
                // Nothing but whitespace here: step back to the last character written before it.
                var previous = TrimEnd(0, start);
                if (previous > 0)
                {
                    return Span(previous - 1, previous);
                }
                return Span(start, Math.Min(start + 1, yaml.Length));
            }
            return Span(start, end);
        }

        /// <summary>Moves <paramref name="end"/> back over whitespace and line breaks, but not before <paramref name="start"/>.</summary>
        private int TrimEnd(int start, int end)
        {
            while (end > start && yaml[end - 1] is ' ' or '\t' or '\r' or '\n')
            {
                end--;
            }
            return end;
        }

        private TextSpan Span(int start, int end) => TextSpan.FromBounds(baseOffset + start, baseOffset + end);
    }

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
