namespace ContentCheck.Diagnostics;

/// <summary>The one deterministic order of diagnostics: by file (ordinal), position, rule id, then message.</summary>
public sealed class DiagnosticComparer : IComparer<Diagnostic>
{
    /// <summary>The shared instance.</summary>
    public static DiagnosticComparer Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        if (x is null)
        {
            return -1;
        }
        if (y is null)
        {
            return 1;
        }
        var c = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (c != 0)
        {
            return c;
        }
        c = x.Location.LineSpan.Start.CompareTo(y.Location.LineSpan.Start);
        if (c != 0)
        {
            return c;
        }
        c = x.Location.LineSpan.End.CompareTo(y.Location.LineSpan.End);
        if (c != 0)
        {
            return c;
        }
        c = string.CompareOrdinal(x.Id, y.Id);
        return c != 0 ? c : string.CompareOrdinal(x.GetMessage(), y.GetMessage());
    }
}
