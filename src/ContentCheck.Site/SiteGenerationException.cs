namespace ContentCheck.Site;

/// <summary>
/// The site could not be generated for a reason the user can fix (a theme template with a syntax error, an output
/// folder that cannot be used). <see cref="Exception.Message"/> is written for a person, in MSBuild's
/// <c>file(line,col): error: message</c> shape when there is a file; the previous site is left untouched.
/// </summary>
public sealed class SiteGenerationException : Exception
{
    /// <summary>Creates an exception about a position in a file (1-based line and column).</summary>
    public SiteGenerationException(string detail, string? filePath = null, int line = 0, int column = 0, Exception? innerException = null)
        : base(Format(detail, filePath, line, column), innerException)
    {
        Detail = detail;
        FilePath = filePath;
        Line = line;
        Column = column;
    }

    /// <summary>What is wrong, without the position.</summary>
    public string Detail { get; }

    /// <summary>The file at fault (a theme template, the output folder), or null.</summary>
    public string? FilePath { get; }

    /// <summary>The 1-based line in <see cref="FilePath"/>, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The 1-based column in <see cref="FilePath"/>, or 0 when unknown.</summary>
    public int Column { get; }

    private static string Format(string detail, string? filePath, int line, int column) =>
        filePath is null ? detail
        : line > 0 ? $"{filePath}({line},{Math.Max(column, 1)}): error: {detail}"
        : $"{filePath}: error: {detail}";
}
