namespace ContentCheck.Corpus;

/// <summary>What a fault kind edits: a generated article (its path and lines) and, for the corpus rules, a
/// companion article generated beside it (a second copy of a url, a slug or a body needs a second file).</summary>
public sealed class FaultTarget
{
    /// <summary>Creates a target from a generated article and its companion.</summary>
    public FaultTarget(int index, string path, string text, string companionPath, string companionText)
    {
        Index = index;
        Path = path;
        Lines = text.Split('\n').ToList();
        CompanionPath = companionPath;
        CompanionLines = companionText.Split('\n').ToList();
    }

    /// <summary>The article's number: kinds vary their form with it (weekday, quotation mark style).</summary>
    public int Index { get; }

    /// <summary>The article's path, relative to the content root; a kind may move it.</summary>
    public string Path { get; set; }

    /// <summary>The article's lines.</summary>
    public List<string> Lines { get; }

    /// <summary>The companion's path.</summary>
    public string CompanionPath { get; set; }

    /// <summary>The companion's lines.</summary>
    public List<string> CompanionLines { get; }

    /// <summary>For a fault reported on several consecutive lines, the last of them (0: one line).</summary>
    public int LastLine { get; set; }

    /// <summary>Whether the kind used the companion, so it is written too.</summary>
    public bool UsesCompanion { get; set; }

    /// <summary>For a rule that reports the later of two files in path order: that file, and the line given for it.</summary>
    public (string Path, int Line) Later(int articleLine, int companionLine)
    {
        UsesCompanion = true;
        return string.CompareOrdinal(Path, CompanionPath) > 0 ? (Path, articleLine) : (CompanionPath, companionLine);
    }

    /// <summary>Inserts a paragraph at the start of the body (line 14) and returns its line.</summary>
    public int InsertParagraph(params string[] lines)
    {
        Lines.InsertRange(FaultInjector.FirstBodyLine - 1, lines.Append(string.Empty));
        return FaultInjector.FirstBodyLine;
    }

    /// <summary>The value of a front-matter line ("source: xinhua" → "xinhua").</summary>
    public string Value(int line) => Lines[line - 1].Substring(Lines[line - 1].IndexOf(':') + 1).Trim();
}
