namespace ContentCheck.Corpus;

/// <summary>One injected fault of the accuracy harness's ground truth: which rule must report it, in which file,
/// on which (one-based) line.</summary>
/// <param name="RuleId">The rule that must fire.</param>
/// <param name="Path">The article, relative to the content root.</param>
/// <param name="Line">The one-based line the diagnostic must start on.</param>
/// <param name="Kind">What was injected, for the report.</param>
public sealed record InjectedFault(string RuleId, string Path, int Line, string Kind);
