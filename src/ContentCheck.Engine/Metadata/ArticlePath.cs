using System.Text.RegularExpressions;

namespace ContentCheck.Metadata;

/// <summary>What an article's path encodes: <c>articles/YYYY/MM/DD/slug.md</c>.</summary>
/// <param name="FolderDate">The date of the folders, or null when they do not spell a valid date.</param>
/// <param name="Slug">The file name without <c>.md</c>.</param>
public sealed record ArticlePath(DateTime? FolderDate, string Slug)
{
    private static readonly Regex DatedPath = new(@"(?:^|/)(\d{4})/(\d{2})/(\d{2})/[^/]+$", RegexOptions.CultureInvariant);

    /// <summary>Reads a relative path (with <c>/</c> separators).</summary>
    public static ArticlePath Parse(string relativePath)
    {
        var fileName = relativePath.Substring(relativePath.LastIndexOf('/') + 1);
        var slug = fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? fileName.Substring(0, fileName.Length - 3) : fileName;
        var match = DatedPath.Match(relativePath);
        DateTime? date = null;
        if (match.Success
            && int.TryParse(match.Groups[1].Value, out var y) && int.TryParse(match.Groups[2].Value, out var m) && int.TryParse(match.Groups[3].Value, out var d)
            && y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            date = new DateTime(y, m, d);
        }
        return new ArticlePath(date, slug);
    }
}
