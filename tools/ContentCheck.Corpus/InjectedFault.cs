namespace ContentCheck.Corpus;

/// <summary>One injected fault of the accuracy harness's ground truth: which rule must report it, in which file,
/// on which (one-based) line.</summary>
/// <param name="RuleId">The rule that must fire.</param>
/// <param name="Path">The article, relative to the content root.</param>
/// <param name="Line">The one-based line the diagnostic must start on.</param>
/// <param name="Kind">What was injected, for the report.</param>
/// <param name="LastLine">When the fault spans several lines each reported on its own (a run of teaser links), the
/// last of them; findings on lines Line..LastLine are all correct, and finding one of them is finding the fault.</param>
public sealed record InjectedFault(string RuleId, string Path, int Line, string Kind, int LastLine = 0)
{
    /// <summary>Whether a finding of <paramref name="ruleId"/> at <paramref name="path"/>:<paramref name="line"/> is this fault.</summary>
    public bool Covers(string ruleId, string path, int line) =>
        ruleId == RuleId && path == Path && line >= Line && line <= Math.Max(Line, LastLine);
}
