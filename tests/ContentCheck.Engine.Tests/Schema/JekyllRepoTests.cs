using ContentCheck.Analysis;
using ContentCheck.Metadata;
using ContentCheck.Project;
using ContentCheck.Rules;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Schema;

/// <summary>A Jekyll blog checked with every built-in rule through its schema file: the metadata rules, the
/// dates, the path layout and the typed view all follow the schema's names.</summary>
public sealed class JekyllRepoTests
{
    private const string GoodPost = """
        ---
        title: Lead the way
        date: 2013-12-02 7:37:00 -0400
        author: Jane Doe
        categories: [news, releases]
        tags: [ruby, jekyll]
        comments: true
        published: true
        ---

        Jekyll 1.4 is out. It was released on Monday, Dec. 2, with the help of many contributors.
        """;

    private static (IReadOnlyList<string> Findings, AnalysisResult Result) Check(params (string Path, string Text)[] files)
    {
        using var directory = new TemporaryDirectory();
        directory.Write(ArticleSchemaLoader.FileName, JekyllSchema.Yaml);
        foreach (var (path, text) in files)
        {
            directory.Write(path, text);
        }
        var project = ContentProjectLoader.Load(directory.FullPath);
        var inputs = files.Select(f => ArticleInput.FromText(f.Path, f.Text)).ToList();
        var result = new AnalysisRunner(BuiltInAnalyzers.All).Run(project, inputs, new AnalyzerOptions(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        return (result.Diagnostics.Select(d => $"{d.Location.Path}({d.Location.LineSpan.Start.Line + 1}): {d.Id}: {d.GetMessage()}").ToList(), result);
    }

    [Fact]
    public void A_post_in_jekyll_form_is_clean_and_read_through_the_schema()
    {
        var (findings, result) = Check(("_posts/2013-12-02-lead-the-way.md", GoodPost));
        Assert.Empty(findings);
        var article = Assert.Single(result.Articles);
        Assert.Equal(new DateTimeOffset(2013, 12, 2, 7, 37, 0, TimeSpan.FromHours(-4)), article.Published!.Value.Instant);
        Assert.Equal(new[] { "Jane Doe" }, article.Authors);
        Assert.Equal(new[] { "news", "releases" }, article.Topics);
        Assert.Equal("lead-the-way", article.PathInfo.Slug);
    }

    [Fact]
    public void Mistakes_are_reported_under_the_schema_names()
    {
        var bad = GoodPost
            .Replace("date: 2013-12-02 7:37:00 -0400", "date: 2013-12-03 07:37:00")
            .Replace("comments: true", "comments: true\nlayout: posts\ntags: [Ruby]\nautor: Jane")
            .Replace("Monday, Dec. 2", "Sunday, Dec. 2");
        var (findings, _) = Check(("_posts/2013-12-02-lead-the-way.md", bad));
        Assert.Equal(new[]
        {
            "_posts/2013-12-02-lead-the-way.md(3): CC2002: '2013-12-03 07:37:00' in 'date' is a time of day without a UTC offset, so it names a different instant in every time zone; add the offset it was written in, e.g. '2013-12-03T07:37:00+00:00' for UTC, or give the date alone if the time is not known",
            "_posts/2013-12-02-lead-the-way.md(3): CC2005: The path says 2013-12-02 but 'date' is 2013-12-03 07:37:00, whose date as written is 2013-12-03; move it to _posts/2013-12-03-lead-the-way.md (or correct 'date')",
            "_posts/2013-12-02-lead-the-way.md(8): CC1016: 'posts' is not an allowed value of 'layout'; did you mean 'post'?",
            "_posts/2013-12-02-lead-the-way.md(9): CC1004: 'tags' is already set on line 6; YAML tools disagree on which of the two values wins, so keep one line and remove the other",
            "_posts/2013-12-02-lead-the-way.md(9): CC1016: 'Ruby' in 'tags' does not match the schema's pattern ^[a-z0-9][a-z0-9 .+#-]*$; write it in that form, e.g. 'tags: [some text]'",
            "_posts/2013-12-02-lead-the-way.md(10): CC1006: 'autor' is not a front-matter field; did you mean 'author'?",
            "_posts/2013-12-02-lead-the-way.md(14): CC2006: 'Sunday, Dec. 2' says Sunday, but 2 December 2013 was a Monday (the year is 2013, the one nearest to 'published'); correct the weekday or the date",
        }, findings);
    }

    [Fact]
    public void A_date_in_no_accepted_form_lists_the_schema_formats()
    {
        var (findings, _) = Check(("_posts/2013-12-02-lead-the-way.md", GoodPost.Replace("2013-12-02 7:37:00 -0400", "Dec 2, 2013")));
        Assert.Equal(
            "_posts/2013-12-02-lead-the-way.md(3): CC2001: 'Dec 2, 2013' in 'date' is not a valid date; write it in one of the forms the schema accepts: " +
            "2008-03-18 21:15:00 +00:00 (yyyy-MM-dd HH:mm:ss zzz), 2008-03-18 21:15:00 (yyyy-MM-dd HH:mm:ss), 2008-03-18 21:15 (yyyy-MM-dd HH:mm), " +
            "or ISO 8601 (2008-03-18, 2008-03-18T21:15:00+00:00, 2008-03-18T21:15Z)",
            Assert.Single(findings));
    }

    [Fact]
    public void The_required_date_is_asked_for_by_its_schema_name()
    {
        var (findings, _) = Check(("_posts/2013-12-02-lead-the-way.md", GoodPost.Replace("date: 2013-12-02 7:37:00 -0400\n", "")));
        Assert.Equal("_posts/2013-12-02-lead-the-way.md(1): CC1005: The front matter has no 'date', which every article needs; add a line such as 'date: 2008-03-18 21:15:00 +03:00'", Assert.Single(findings));
    }
}
