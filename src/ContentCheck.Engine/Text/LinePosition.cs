namespace ContentCheck.Text;

/// <summary>A zero-based line and character (UTF-16 code unit) position, as Roslyn's <c>LinePosition</c>.
/// MSBuild and editors show both one-based; <see cref="ToString"/> does the same.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    /// <inheritdoc />
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    /// <summary>One-based "line,column", the form MSBuild prints.</summary>
    public override string ToString() => $"{Line + 1},{Character + 1}";
}
