using System.Text.RegularExpressions;
using ContentCheck.Documents;
using ContentCheck.Text;
using Markdig.Syntax;

namespace ContentCheck.Rules.Hygiene.Leftovers;

/// <summary>One line of page furniture and what it is ("a navigation menu").</summary>
internal readonly record struct Leftover(TextSpan Span, string What);

/// <summary>
/// Finds scraping leftovers among the body's top-level paragraphs, line by line (a scraped page pastes its
/// furniture as lines without blank lines between them, so Markdown joins them into one paragraph).
/// Headings, lists, quotes and code are never looked at: furniture arrives as plain lines.
/// </summary>
internal static class LeftoverFinder
{
    /// <summary>A line this long that ends with a full stop is taken for prose by the built-in patterns.</summary>
    private const int ProseLength = 60;

    private const string ServerSideIncludeError = "[an error occurred while processing this directive]";

    /// <summary>What a line of a headline-shaped run is called.</summary>
    public const string HeadlineRun = "one of a run of short headline-like lines (a photo caption, teaser links to other stories or the page header)";

    /// <summary>Finds the leftovers of <paramref name="document"/>, in order.</summary>
    public static List<Leftover> Find(ArticleDocument document, string? title, IReadOnlyList<(Regex Pattern, string Source)> configured)
    {
        var found = new List<Leftover>();
        var body = document.Body;
        if (body is null)
        {
            return found;
        }

        title = title is null ? null : Normalize(title);

        // Each top-level paragraph: its lines and, per line, what it is (null: nothing known yet).
        var paragraphs = new List<(ParagraphBlock Block, List<TextSpan> Lines, string?[] What)>();
        foreach (var block in body)
        {
            if (block is ParagraphBlock paragraph)
            {
                var lines = LinesOf(document, paragraph);
                paragraphs.Add((paragraph, lines, Classify(document.Text, lines, title, configured)));
            }
        }

        foreach (var (_, lines, what) in paragraphs)
        {
            MarkHeadlineBlock(document.Text, lines, what);
        }
        MarkTrailingTeasers(document, body, paragraphs);

        foreach (var (_, lines, what) in paragraphs)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (what[i] is { } description)
                {
                    found.Add(new Leftover(lines[i], description));
                }
            }
        }
        return found;
    }

    private static string?[] Classify(SourceText text, List<TextSpan> lines, string? title, IReadOnlyList<(Regex Pattern, string Source)> configured)
    {
        var what = new string?[lines.Count];
        if (lines.Count == 0)
        {
            return what;
        }
        // In a paragraph of wrapped prose (it ends a sentence), a line that starts in lower case continues the one
        // before it: "...he would\nwatch the talks closely." is not a "watch ..." media link.
        var prose = HeadlineShape.EndsSentence(text.Text.AsSpan(lines[lines.Count - 1].Start, lines[lines.Count - 1].Length));
        for (var i = 0; i < lines.Count; i++)
        {
            // Read in place: most lines are long prose, and a copy of each would be most of this rule's allocations.
            var line = text.Text.AsSpan(lines[i].Start, lines[i].Length);
            var error = line.IndexOf(ServerSideIncludeError.AsSpan(), StringComparison.OrdinalIgnoreCase);
            if (error >= 0)
            {
                // The error may sit inside a line of text: point at the error, not at the text around it.
                lines[i] = new TextSpan(lines[i].Start + error, ServerSideIncludeError.Length);
                what[i] = "a server-side-include error of the web page";
            }
            else if (line.Length <= BoilerplatePatterns.MaxLineLength && !(prose && char.IsLower(line[0])))
            {
                what[i] = ClassifyShortLine(text.ToString(lines[i]), title, configured);
            }
        }
        return what;
    }

    private static string? ClassifyShortLine(string line, string? title, IReadOnlyList<(Regex Pattern, string Source)> configured)
    {
        if (title is not null && line.Length >= title.Length && line.Length <= title.Length + 20 && SameText(line, title))
        {
            return "the title repeated in the body (it belongs in the front matter's 'title' only)";
        }
        foreach (var (pattern, source) in configured)
        {
            if (pattern.IsMatch(line))
            {
                return $"boilerplate matching the configured pattern '{source}'";
            }
        }
        // Most lines are prose that ends with a full stop; no built-in furniture pattern does past a few words,
        // so they skip the patterns (this keeps the rule cheap on a 100,000-article corpus).
        if (line.Length > ProseLength && line[line.Length - 1] == '.')
        {
            return null;
        }
        foreach (var (pattern, description) in BoilerplatePatterns.BuiltIn)
        {
            if (pattern.IsMatch(line))
            {
                return description;
            }
        }
        if (NavigationLine.IsMenu(line))
        {
            return "a navigation menu";
        }
        return NavigationLine.IsBreadcrumb(line) ? "a breadcrumb trail" : null;
    }

    /// <summary>A paragraph of two or more lines, each furniture or headline-shaped, is a caption, a teaser block
    /// or a page header: real paragraphs end a sentence. A single short line is left alone: it is how raw text
    /// writes a subheading ("Rogue states").</summary>
    private static void MarkHeadlineBlock(SourceText text, List<TextSpan> lines, string?[] what)
    {
        if (lines.Count < 2)
        {
            return;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (what[i] is null && !HeadlineShape.IsHeadlineLike(text.ToString(lines[i])))
            {
                return;
            }
        }
        for (var i = 0; i < lines.Count; i++)
        {
            what[i] ??= HeadlineRun;
        }
    }

    /// <summary>Teaser links set one per paragraph: after the last paragraph of prose, a run of paragraphs that are
    /// furniture or single headline-shaped lines, with at least two such lines, is a block of teasers.</summary>
    private static void MarkTrailingTeasers(ArticleDocument document, MarkdownDocument body, List<(ParagraphBlock Block, List<TextSpan> Lines, string?[] What)> paragraphs)
    {
        var run = new List<int>();
        var headlines = 0;
        var p = paragraphs.Count - 1;
        for (var b = body.Count - 1; b >= 0 && p >= 0 && ReferenceEquals(body[b], paragraphs[p].Block); b--, p--)
        {
            var (_, lines, what) = paragraphs[p];
            if (what.All(w => w is not null))
            {
                continue;
            }
            if (lines.Count == 1 && HeadlineShape.IsHeadlineLike(document.Text.ToString(lines[0])))
            {
                run.Add(p);
                headlines++;
                continue;
            }
            break;
        }
        if (headlines >= 2)
        {
            foreach (var index in run)
            {
                paragraphs[index].What[0] = HeadlineRun;
            }
        }
    }

    /// <summary>The paragraph's lines in the file, trimmed.</summary>
    private static List<TextSpan> LinesOf(ArticleDocument document, ParagraphBlock paragraph)
    {
        var text = document.Text;
        var span = document.SpanOf(paragraph);
        var first = text.GetLinePosition(span.Start).Line;
        var last = text.GetLinePosition(Math.Max(span.Start, span.End - 1)).Line;
        var lines = new List<TextSpan>(last - first + 1);
        for (var line = first; line <= last; line++)
        {
            var lineSpan = text.GetLineSpan(line);
            var start = Math.Max(lineSpan.Start, line == first ? span.Start : lineSpan.Start);
            var end = lineSpan.End;
            while (start < end && char.IsWhiteSpace(text.Text[start]))
            {
                start++;
            }
            while (end > start && char.IsWhiteSpace(text.Text[end - 1]))
            {
                end--;
            }
            if (end > start)
            {
                lines.Add(TextSpan.FromBounds(start, end));
            }
        }
        return lines;
    }

    /// <summary>Whether a line says the same as the (normalized) title, ignoring case, spacing and a final full stop.
    /// Normalizing never lengthens text, so only lines at least as long as the title are compared.</summary>
    private static bool SameText(string line, string normalizedTitle) =>
        string.Equals(Normalize(line), normalizedTitle, StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string value) =>
        string.Join(" ", value.Trim().TrimEnd('.').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
