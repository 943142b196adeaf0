namespace ContentCheck.Text;

/// <summary>A range of UTF-16 code units in a <see cref="SourceText"/>, as Roslyn's <c>TextSpan</c>.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the last character of the span.</summary>
    public int End => Start + Length;

    /// <summary>Creates a span from its start and end offsets.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);
}
