using System.Globalization;
using System.Text;
using ContentCheck.Metadata;

namespace ContentCheck.Cli.Authoring;

/// <summary>A new article: its dated path (<c>articles/YYYY/MM/DD/slug.md</c>, the local date as written in
/// <c>published</c>) and its text, a draft until its author removes <c>draft: true</c>.</summary>
internal sealed record ArticleScaffold(string RelativePath, string Text)
{
    public static ArticleScaffold Create(string title, string source, IReadOnlyList<string> authors, ArticleDate published, string slug)
    {
        var date = published.LocalDate;
        var path = string.Format(CultureInfo.InvariantCulture, "articles/{0:yyyy}/{0:MM}/{0:dd}/{1}.md", date, slug);
        var text = new StringBuilder()
            .Append("---\n")
            .Append("title: ").Append(Quote(title)).Append('\n')
            .Append("source: ").Append(source).Append('\n');
        if (authors.Count > 0)
        {
            text.Append("authors: [").Append(string.Join(", ", authors.Select(Quote))).Append("]\n");
        }
        text.Append("published: ").Append(published.ToIsoString()).Append('\n')
            // Drafts are validated but not published: the article goes live when its author removes this line.
            .Append("draft: true\n")
            .Append("---\n\n")
            .Append("Write the article here.\n");
        return new ArticleScaffold(path, text.ToString());
    }

    // A YAML double-quoted scalar: safe for any title (colons, quotes, leading dashes).
    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
