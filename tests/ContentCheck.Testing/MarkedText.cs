namespace ContentCheck.Testing;

/// <summary>
/// Text with expected diagnostic spans marked inline, as Roslyn's and Meziantou's analyzer tests do:
/// <c>[|text|]</c> marks a span of the rule under test, <c>{|CC1005:text|}</c> a span of a named rule.
/// The markers are removed; the spans are offsets into the clean text.
/// </summary>
public sealed class MarkedText
{
    private MarkedText(string text, IReadOnlyList<(string? Id, int Start, int End)> spans)
    {
        Text = text;
        Spans = spans;
    }

    /// <summary>The text without markers.</summary>
    public string Text { get; }

    /// <summary>The marked spans, in order of their start; Id is null for <c>[| |]</c>.</summary>
    public IReadOnlyList<(string? Id, int Start, int End)> Spans { get; }

    /// <summary>Parses markers out of <paramref name="marked"/>.</summary>
    public static MarkedText Parse(string marked)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<(string?, int, int)>();
        var open = new Stack<(string? Id, int Start)>();
        for (var i = 0; i < marked.Length; i++)
        {
            if (marked[i] == '[' && i + 1 < marked.Length && marked[i + 1] == '|')
            {
                open.Push((null, text.Length));
                i++;
            }
            else if (marked[i] == '{' && i + 1 < marked.Length && marked[i + 1] == '|')
            {
                var colon = marked.IndexOf(':', i + 2);
                open.Push((marked.Substring(i + 2, colon - i - 2), text.Length));
                i = colon;
            }
            else if (marked[i] == '|' && i + 1 < marked.Length && (marked[i + 1] == ']' || marked[i + 1] == '}') && open.Count > 0)
            {
                var (id, start) = open.Pop();
                spans.Add((id, start, text.Length));
                i++;
            }
            else
            {
                text.Append(marked[i]);
            }
        }
        return new MarkedText(text.ToString(), spans.OrderBy(s => s.Item2).ThenBy(s => s.Item3).ToList());
    }
}
