using System.Globalization;
using ContentCheck.Documents;
using ContentCheck.Metadata;
using ContentCheck.Yaml;

namespace ContentCheck.Cli.Fixes;

/// <summary>
/// The fixes that cannot change what an article says, applied in an order where each sees the previous one's result:
/// mojibake back to the characters meant (CC4xxx hygiene), a date in an unambiguous non-ISO form to ISO 8601 (CC2001),
/// then the file to the folder of its published date (CC2005).
/// </summary>
internal static class ArticleFixer
{
    /// <summary>The fixes for the article at <paramref name="path"/>, or null when it needs none (or cannot be read).</summary>
    public static FileFix? Fix(string fullPath, string path, Func<string, bool> exists)
    {
        var original = DocumentLoader.Load(fullPath, path);
        if (original.Problem is not null)
        {
            return null; // Unreadable, binary or huge: nothing here is safe to rewrite.
        }
        var changes = new List<string>();

        var (text, repaired) = MojibakeRepair.Repair(original.Text.Text);
        if (repaired > 0)
        {
            changes.Add(string.Format(CultureInfo.InvariantCulture, "replaced {0} mojibake sequence{1}", repaired, repaired == 1 ? string.Empty : "s"));
        }

        text = NormalizeDates(DocumentLoader.Parse(text, fullPath, path), changes);

        var newPath = DatedPath(Article.Read(DocumentLoader.Parse(text, fullPath, path)), path);
        if (newPath is not null && !exists(newPath))
        {
            changes.Add($"moved to {newPath}");
        }
        else
        {
            newPath = path;
        }

        return changes.Count == 0 ? null : new FileFix(path, newPath, original.Text.Text, text, original.HadByteOrderMark, changes);
    }

    private static string NormalizeDates(ArticleDocument document, List<string> changes)
    {
        if (document.FrontMatter is null)
        {
            return document.Text.Text;
        }
        var edits = new List<(int Start, int Length, string Text)>();
        foreach (var entry in document.FrontMatter.Entries)
        {
            if (ArticleSchema.Default.Find(entry.Name) is { Kind: FieldKind.Date }
                && entry.Value is YamlScalar { IsNull: false } scalar
                && DateNormalizer.TryNormalize(scalar.Value) is { } iso)
            {
                edits.Add((scalar.Span.Start, scalar.Span.Length, iso));
                changes.Add($"{entry.Name}: '{scalar.Value}' -> {iso}");
            }
        }
        var text = document.Text.Text;
        // From the end, so earlier offsets stay valid.
        foreach (var edit in edits.OrderByDescending(e => e.Start))
        {
            text = text.Substring(0, edit.Start) + edit.Text + text.Substring(edit.Start + edit.Length);
        }
        return text;
    }

    // articles/YYYY/MM/DD/<file name> for the published date, when the article is elsewhere.
    private static string? DatedPath(Article article, string path)
    {
        if (article.Published is not { } published || !path.StartsWith("articles/", StringComparison.Ordinal))
        {
            return null;
        }
        var fileName = path.Substring(path.LastIndexOf('/') + 1);
        var expected = string.Format(CultureInfo.InvariantCulture, "articles/{0:yyyy}/{0:MM}/{0:dd}/{1}", published.LocalDate, fileName);
        return string.Equals(expected, path, StringComparison.Ordinal) ? null : expected;
    }
}
