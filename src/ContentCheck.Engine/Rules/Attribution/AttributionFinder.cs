namespace ContentCheck.Rules.Attribution;

/// <summary>
/// Looks for a speaker in a stretch of prose whose quotations are masked: a speech verb (<see cref="SpeechVerbs"/>)
/// next to a subject — a name ("Rice said", "said Viktor Kremenyuk"), a pronoun ("she told", "said he") or a
/// body ("the top Russian diplomat said", "said a report", "according to officials"). A verb after a determiner
/// is a noun or an adjective ("the said agreement", "a warning") and attributes nothing.
/// </summary>
internal static class AttributionFinder
{
    private enum Kind { Word, Quote, Comma, Break }

    private readonly record struct Token(Kind Kind, int Start, int End, string? Word);

    /// <summary>The speaker in <c>[start, end)</c> of <paramref name="block"/> whose verb is nearest the quotation at
    /// <c>[anchorStart, anchorEnd)</c> ("“A,” Ramos said, and O'Neil said, “B.”" gives B to O'Neil), or the first
    /// speaker when there is no anchor (-1); null when there is none.</summary>
    public static Speaker? Find(ProseBlock block, int start, int end, IReadOnlyList<QuotedRange> quoted, SpeechVerbs verbs,
        int anchorStart = -1, int anchorEnd = -1)
    {
        Speaker? best = null;
        var bestDistance = int.MaxValue;
        var tokens = Tokenize(block.Text, start, end, quoted);
        var words = tokens.Select(t => t.Word).ToList();
        var firstWord = tokens.FindIndex(t => t.Kind == Kind.Word);
        for (var t = 0; t < tokens.Count; t++)
        {
            var length = verbs.MatchAt(words, t);
            // Verbs are lower case mid-sentence: "the United States" holds no verb; "According to" may open one.
            if (length == 0 || (!char.IsLower(tokens[t].Word![0]) && t != firstWord))
            {
                continue;
            }
            var verb = string.Join(" ", words.Skip(t).Take(length));
            // "according to": the speaker follows the phrase; "pointed out": it precedes, as for a single verb.
            var speakerFollows = length > 1 && SpeakerWords.FunctionWords.Contains(words[t + length - 1]!);
            if (SpeakerOf(block, tokens, t, t + length - 1, verb, speakerFollows) is { } speaker)
            {
                if (anchorStart < 0)
                {
                    return speaker;
                }
                var distance = tokens[t].Start >= anchorEnd ? tokens[t].Start - anchorEnd : anchorStart - tokens[t + length - 1].End;
                if (distance < bestDistance)
                {
                    best = speaker;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private static Speaker? SpeakerOf(ProseBlock block, List<Token> tokens, int verbFirst, int verbLast, string verb, bool speakerFollows)
    {
        var j = verbFirst - 1;
        for (var skipped = 0; j >= 0 && skipped < 4; skipped++, j--)
        {
            if (!(tokens[j].Kind == Kind.Comma || (tokens[j].Word is { } w && (SpeakerWords.Skippable.Contains(w) || IsAdverb(w)))))
            {
                break;
            }
        }
        if (!speakerFollows && j >= 0 && tokens[j].Word is { } before)
        {
            if (SpeakerWords.Determiners.Contains(before))
            {
                return null;
            }
            if (SpeakerWords.Pronouns.Contains(before))
            {
                return new Speaker(SpeakerKind.Pronoun, verb, null, default);
            }
            if (!SpeakerWords.FunctionWords.Contains(before))
            {
                return char.IsUpper(before[0]) ? Named(block, tokens, RunBackFrom(tokens, j), j, verb) : new Speaker(SpeakerKind.Body, verb, null, default);
            }
        }

        var k = verbLast + 1;
        if (k < tokens.Count && tokens[k].Word is { } after)
        {
            if (SpeakerWords.TrailingPronouns.Contains(after))
            {
                return new Speaker(SpeakerKind.Pronoun, verb, null, default);
            }
            if (char.IsUpper(after[0]) && !SpeakerWords.Determiners.Contains(after))
            {
                return Named(block, tokens, k, RunForwardFrom(tokens, k), verb);
            }
            if (speakerFollows || SpeakerWords.Determiners.Contains(after)
                || !(SpeakerWords.FunctionWords.Contains(after) || SpeakerWords.Skippable.Contains(after) || IsAdverb(after)))
            {
                return new Speaker(SpeakerKind.Body, verb, null, default);
            }
        }
        return null;
    }

    /// <summary>A name speaker; the full name is the run's tail after its last title ("Russian Foreign Minister
    /// Sergey Lavrov" → "Sergey Lavrov") when that is two to four name words and no organization.</summary>
    private static Speaker Named(ProseBlock block, List<Token> tokens, int first, int last, string verb)
    {
        var nameStart = first;
        for (var t = first; t <= last; t++)
        {
            var word = tokens[t].Word!;
            if (SpeakerWords.Titles.Contains(word) || !SpeakerWords.IsNameLike(word))
            {
                nameStart = t + 1;
            }
        }
        var count = last - nameStart + 1;
        var isPerson = count is >= 2 and <= 4;
        for (var t = nameStart; t <= last && isPerson; t++)
        {
            isPerson = !SpeakerWords.NotPersons.Contains(tokens[t].Word!);
        }
        if (!isPerson)
        {
            return new Speaker(SpeakerKind.Name, verb, null, default);
        }
        var start = tokens[nameStart].Start;
        var end = tokens[last].End;
        var name = string.Join(" ", block.Text.Substring(start, end - start).Split(new[] { ' ', '\n', '\t', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries));
        return new Speaker(SpeakerKind.Name, verb, name, block.ToFileSpan(start, end));
    }

    private static int RunBackFrom(List<Token> tokens, int j)
    {
        while (j > 0 && IsRunWord(tokens, j - 1))
        {
            j--;
        }
        return j;
    }

    private static int RunForwardFrom(List<Token> tokens, int k)
    {
        while (k + 1 < tokens.Count && IsRunWord(tokens, k + 1))
        {
            k++;
        }
        return k;
    }

    // "Secretary of State Condoleezza Rice": a capitalized run may hold "of" between capitalized words.
    private static bool IsRunWord(List<Token> tokens, int t) =>
        tokens[t].Word is { } w
        && (char.IsUpper(w[0])
            || (w == "of" && t > 0 && t + 1 < tokens.Count && tokens[t - 1].Word is { } p && char.IsUpper(p[0])
                && tokens[t + 1].Word is { } n && char.IsUpper(n[0])));

    private static bool IsAdverb(string word) => word.Length > 4 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && char.IsLower(word[0]);

    private static List<Token> Tokenize(string text, int start, int end, IReadOnlyList<QuotedRange> quoted)
    {
        var tokens = new List<Token>();
        var q = 0;
        while (q < quoted.Count && quoted[q].End <= start)
        {
            q++;
        }
        var i = start;
        while (i < end)
        {
            if (q < quoted.Count && i >= quoted[q].Start)
            {
                tokens.Add(new Token(Kind.Quote, quoted[q].Start, quoted[q].End, null));
                i = Math.Max(i, quoted[q].End);
                q++;
                continue;
            }
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new Token(c == ',' ? Kind.Comma : Kind.Break, i, i + 1, null));
                i++;
                continue;
            }
            var j = i + 1;
            var hasDot = false;
            while (j < end && (char.IsLetterOrDigit(text[j]) || (text[j] is '\'' or '’' or '-' or '.' && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))))
            {
                hasDot |= text[j] == '.';
                j++;
            }
            // "U.S.", "W." and "Mr." keep their full stop: it is part of the word, not a break in the name run.
            if (j < end && text[j] == '.' && (hasDot || (j - i == 1 && char.IsUpper(c)) || SpeakerWords.Titles.Contains(text.Substring(i, j - i) + ".")))
            {
                j++;
            }
            tokens.Add(new Token(Kind.Word, i, j, text.Substring(i, j - i)));
            i = j;
        }
        return tokens;
    }
}
