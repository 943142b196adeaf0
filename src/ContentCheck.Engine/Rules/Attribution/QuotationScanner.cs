using System.Text;

namespace ContentCheck.Rules.Attribution;

/// <summary>A quoted range inside one prose block (the marks included).</summary>
/// <param name="Start">The opening mark, or 0 when the quotation continues from the previous paragraph.</param>
/// <param name="End">Just past the closing mark, or the block's end when the quotation goes on.</param>
/// <param name="EndsWithMark">Whether <paramref name="End"/> is just past a closing mark.</param>
internal readonly record struct QuotedRange(int Start, int End, bool EndsWithMark);

/// <summary>
/// Finds direct quotations in the body's prose: curly (“ ”) and straight (") double quotes; a straight
/// quote opens when it follows a space or the start and precedes a letter, and closes the open quotation.
/// Single quotes (‘ ’) are apostrophes or nested quotations and never open one. A paragraph that ends
/// inside a quotation continues into the next paragraph when that one opens with a quote mark (the
/// newspaper convention for a quotation of several paragraphs); otherwise the quotation ends with its paragraph.
/// </summary>
internal static class QuotationScanner
{
    /// <summary>Every quotation, and per block the ranges quotations cover (for masking them out of sentences).</summary>
    public static (List<Quotation> Quotations, List<QuotedRange>[] Ranges) Scan(IReadOnlyList<ProseBlock> blocks)
    {
        var quotations = new List<Quotation>();
        var ranges = new List<QuotedRange>[blocks.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            ranges[b] = new List<QuotedRange>();
        }

        var openBlock = -1;
        var open = -1;
        for (var b = 0; b < blocks.Count; b++)
        {
            var text = blocks[b].Text;
            var i = 0;
            var rangeStart = 0;
            if (openBlock >= 0)
            {
                // The continuation mark that opens this paragraph belongs to the open quotation.
                i = FirstNonSpace(text) + 1;
            }
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '“' || (c == '"' && openBlock < 0 && OpensStraight(text, i)))
                {
                    if (openBlock >= 0)
                    {
                        // A new opening mark inside an open quotation: the previous one was never closed.
                        Close(blocks, quotations, ranges, openBlock, open, b, rangeStart, TrimEnd(text, i), closed: false);
                    }
                    openBlock = b;
                    open = i;
                    rangeStart = i;
                }
                else if ((c == '”' || c == '"') && openBlock >= 0)
                {
                    Close(blocks, quotations, ranges, openBlock, open, b, rangeStart, i + 1, closed: true);
                    openBlock = -1;
                }
            }
            if (openBlock >= 0)
            {
                if (b + 1 < blocks.Count && !blocks[b + 1].IsHeading && !blocks[b].IsHeading && StartsWithOpeningMark(blocks[b + 1].Text))
                {
                    ranges[b].Add(new QuotedRange(rangeStart, text.Length, EndsWithMark: false));
                }
                else
                {
                    Close(blocks, quotations, ranges, openBlock, open, b, rangeStart, TrimEnd(text, text.Length), closed: false);
                    openBlock = -1;
                }
            }
        }
        return (quotations, ranges);
    }

    private static void Close(IReadOnlyList<ProseBlock> blocks, List<Quotation> quotations, List<QuotedRange>[] ranges,
        int firstBlock, int open, int lastBlock, int rangeStart, int end, bool closed)
    {
        ranges[lastBlock].Add(new QuotedRange(rangeStart, end, closed));
        var text = new StringBuilder();
        var words = 0;
        for (var b = firstBlock; b <= lastBlock; b++)
        {
            var blockText = blocks[b].Text;
            var from = b == firstBlock ? open + 1 : FirstNonSpace(blockText) + 1;
            var to = b == lastBlock ? (closed ? end - 1 : end) : blockText.Length;
            if (b > firstBlock)
            {
                text.Append("\n\n");
            }
            if (to > from)
            {
                text.Append(blockText, from, to - from);
                words += CountWords(blockText, from, to);
            }
        }
        var start = blocks[firstBlock].ToFileSpan(open, open + 1).Start;
        var stop = blocks[lastBlock].ToFileSpan(Math.Max(end - 1, 0), end).End;
        quotations.Add(new Quotation(firstBlock, open, lastBlock, end, closed, words, text.ToString(),
            Text.TextSpan.FromBounds(start, Math.Max(start, stop))));
    }

    /// <summary>Counts words: runs of letters and digits, where an apostrophe, hyphen or dot between two of
    /// them joins ("don't", "U.S.-Russia", "2-plus-2" are one word each).</summary>
    public static int CountWords(string text, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    count++;
                    inWord = true;
                }
            }
            else if (!(inWord && IsJoiner(c) && i + 1 < end && char.IsLetterOrDigit(text[i + 1])))
            {
                inWord = false;
            }
        }
        return count;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '.' or '‑';

    private static bool OpensStraight(string text, int i)
    {
        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return !char.IsWhiteSpace(after)
            && (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '/' or '‘' or ':');
    }

    private static bool StartsWithOpeningMark(string text)
    {
        var i = FirstNonSpace(text);
        return i < text.Length && (text[i] == '“' || (text[i] == '"' && OpensStraight(text, i)));
    }

    private static int FirstNonSpace(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }
}
