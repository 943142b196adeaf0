namespace ContentCheck.Text;

/// <summary>A start and end <see cref="LinePosition"/>; the end is exclusive, as in Roslyn.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End)
{
    /// <summary>One-based "line,column,endLine,endColumn", the canonical MSBuild form.</summary>
    public override string ToString() => $"{Start},{End}";
}
