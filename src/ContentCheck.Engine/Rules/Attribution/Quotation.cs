using ContentCheck.Text;

namespace ContentCheck.Rules.Attribution;

/// <summary>How CC3002 classifies a quotation.</summary>
internal enum QuotationKind
{
    /// <summary>Fewer words than <c>min_words</c>: a scare quote or a phrase ("rogue states"), not direct speech.</summary>
    Short,

    /// <summary>Direct speech with a speaker in its sentence or the next.</summary>
    Attributed,

    /// <summary>Direct speech with no speaker: CC3002 reports it.</summary>
    Unattributed,
}

/// <summary>Who a quotation is attributed to.</summary>
internal enum SpeakerKind
{
    /// <summary>A capitalized word or name: "Rice said", "said Viktor Kremenyuk".</summary>
    Name,

    /// <summary>"she told", "said he".</summary>
    Pronoun,

    /// <summary>A noun phrase: "the top Russian diplomat said", "said a report", "according to officials".</summary>
    Body,
}

/// <summary>The speaker found for a quotation.</summary>
/// <param name="Kind">What kind of speaker.</param>
/// <param name="Verb">The speech verb as written ("told", "according to").</param>
/// <param name="FullName">A person's full name (two to four name words, titles removed) when the speaker is one.</param>
/// <param name="FullNameSpan">Where that name is in the file.</param>
internal sealed record Speaker(SpeakerKind Kind, string Verb, string? FullName, TextSpan FullNameSpan);

/// <summary>A direct quotation: from its opening mark to its closing mark, over one or more paragraphs
/// (a paragraph that leaves a quotation open continues into the next paragraph that opens with a quote mark).</summary>
internal sealed class Quotation
{
    /// <summary>Creates a quotation.</summary>
    public Quotation(int firstBlock, int open, int lastBlock, int end, bool isClosed, int wordCount, string text, TextSpan span)
    {
        FirstBlock = firstBlock;
        Open = open;
        LastBlock = lastBlock;
        End = end;
        IsClosed = isClosed;
        WordCount = wordCount;
        Text = text;
        Span = span;
    }

    /// <summary>The index of the prose block holding the opening mark.</summary>
    public int FirstBlock { get; }

    /// <summary>The opening mark's index in that block's text.</summary>
    public int Open { get; }

    /// <summary>The index of the prose block holding the closing mark.</summary>
    public int LastBlock { get; }

    /// <summary>Just past the closing mark (or the paragraph's end when the quotation is never closed).</summary>
    public int End { get; }

    /// <summary>Whether a closing mark was found.</summary>
    public bool IsClosed { get; }

    /// <summary>Words inside the marks.</summary>
    public int WordCount { get; }

    /// <summary>The quoted words without the outer marks; paragraphs joined by a blank line.</summary>
    public string Text { get; }

    /// <summary>From the opening mark to the closing mark in the file.</summary>
    public TextSpan Span { get; }

    /// <summary>The classification, set by <see cref="QuotationAnalysis"/>.</summary>
    public QuotationKind Kind { get; internal set; }

    /// <summary>The speaker, when attributed.</summary>
    public Speaker? Speaker { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} ({WordCount} words): {Text}";
}
