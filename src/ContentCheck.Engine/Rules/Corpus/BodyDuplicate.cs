namespace ContentCheck.Rules.Corpus;

/// <summary>A body that repeats an earlier one.</summary>
/// <param name="Earlier">The index of the earlier body.</param>
/// <param name="Later">The index of the later body, the one a rule reports.</param>
/// <param name="Similarity">The Jaccard similarity of the two bodies' five-word shingle sets (1 for an exact duplicate).</param>
/// <param name="IsExact">Whether the two bodies have the same words in the same order.</param>
public readonly record struct BodyDuplicate(int Earlier, int Later, double Similarity, bool IsExact);
