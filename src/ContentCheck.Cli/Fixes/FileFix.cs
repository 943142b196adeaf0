namespace ContentCheck.Cli.Fixes;

/// <summary>The safe fixes of one article: its new text and, when it sits in the wrong folder, its new path.</summary>
/// <param name="Path">Where it is, relative to the content root.</param>
/// <param name="NewPath">Where it belongs (the same as <paramref name="Path"/> when it stays).</param>
/// <param name="OldText">The text as read.</param>
/// <param name="NewText">The fixed text.</param>
/// <param name="HadByteOrderMark">Whether the file starts with a BOM, which is kept.</param>
/// <param name="Changes">One line per fix, for the report.</param>
internal sealed record FileFix(string Path, string NewPath, string OldText, string NewText, bool HadByteOrderMark, IReadOnlyList<string> Changes)
{
    public bool Moves => !string.Equals(Path, NewPath, StringComparison.Ordinal);
}
