namespace ContentCheck.Baseline;

/// <summary>One known finding in a baseline file.</summary>
/// <param name="Path">The file, relative to the content root.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Fingerprint">Its <see cref="DiagnosticFingerprint"/>.</param>
/// <param name="Message">The message when it was recorded, for the humans who read the file.</param>
public sealed record BaselineEntry(string Path, string RuleId, string Fingerprint, string Message);
