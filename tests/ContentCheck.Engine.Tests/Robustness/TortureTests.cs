using System.Diagnostics;
using System.Text;
using ContentCheck.Analysis;
using ContentCheck.Engine.Tests.Schema;
using ContentCheck.Project;
using ContentCheck.Rules;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Robustness;

/// <summary>What real Jekyll and Hugo folders hold, in one repo checked with every rule through a schema file:
/// tabs in YAML, byte order marks, CRLF, duplicate keys, dates as quoted strings, odd file names, a one-byte
/// file, a 280,000-character line. Each file yields exactly the findings listed, never CC0001.</summary>
public sealed class TortureTests
{
    private const string Body = "\n\nJekyll 1.4 is out, with the help of many contributors. It fixes several bugs in the site generator.\n";

    private static readonly (string Path, byte[] Bytes, string[] Expected)[] Files =
    {
        ("_posts/2013-12-02-tab-after-colon.md", Utf8("---\ntitle:\tTabs after the colon\ndate: 2013-12-02\n---" + Body), new string[0]),
        ("_posts/2013-12-02-tab-indent.md", Utf8("---\ntitle: Tab indented\n\tdate: 2013-12-02\n---" + Body), new[] { "CC1002" }),
        ("_posts/2013-12-02-bom-and-crlf.md", Utf8Bom("---\r\ntitle: BOM and CRLF\r\ndate: 2013-12-02 07:37:00 -0400\r\n---\r\n\r\nA line ending in CRLF, in a file that starts with a byte order mark.\r\n"), new string[0]),
        ("_posts/2013-12-02-duplicate-keys.md", Utf8("---\ntitle: One\ntitle: Two\ndate: 2013-12-02\n---" + Body), new[] { "CC1004" }),
        ("_posts/2013-12-02-quoted-date.md", Utf8("---\ntitle: \"Quoted date\"\ndate: \"2013-12-02 07:37:00 -0400\"\n---" + Body), new string[0]),
        ("_posts/2013-12-02-Ça va? [draft] #1.md", Utf8("---\ntitle: Odd name\ndate: 2013-12-02\n---" + Body), new[] { "CC1014" }),
        ("_posts/2013-12-02-日本語.md", Utf8("---\ntitle: Japanese name\ndate: 2013-12-02\n---" + Body), new[] { "CC1014" }),
        ("_posts/2013-12-02-one-byte.md", new[] { (byte)'x' }, new[] { "CC1001" }),
        ("_posts/2013-12-02-empty.md", Array.Empty<byte>(), new[] { "CC1001" }),
        ("_posts/2013-12-02-long-line.md", Utf8("---\ntitle: A long line\ndate: 2013-12-02\n---\n\n" + LongLine(280_000) + "\n"), new string[0]),
        ("_posts/2013-12-02-liquid.md", Utf8("---\ntitle: Liquid\ndate: 2013-12-02\n---\n\nA sample follows, with the help of many contributors.\n\n{% highlight ruby %}\n# A comment, not a heading\nputs 1\n{% endhighlight %}\n\n{% assign r = site.data.releases | where: \"version\", \"2.1\" | first %}\n\nDownload it from <{{ r.url }}>.\n"), new string[0]),
    };

    [Fact]
    public void Every_file_yields_exactly_its_findings_and_no_internal_error()
    {
        using var directory = new TemporaryDirectory();
        directory.Write(ArticleSchemaLoader.FileName, JekyllSchema.Yaml);
        var inputs = new List<ArticleInput>();
        foreach (var (path, bytes, _) in Files)
        {
            var full = Path.Combine(directory.FullPath, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
            inputs.Add(ArticleInput.FromFile(full, path));
        }
        var project = ContentProjectLoader.Load(directory.FullPath);
        var stopwatch = Stopwatch.StartNew();
        var result = new AnalysisRunner(BuiltInAnalyzers.All).Run(project, inputs, new AnalyzerOptions(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        var expected = Files.SelectMany(f => f.Expected.Select(id => $"{f.Path}: {id}")).OrderBy(s => s, StringComparer.Ordinal);
        var actual = result.Diagnostics.Select(d => $"{d.Location.Path}: {d.Id}").OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
        Assert.All(result.Articles, a => Assert.All(result.Diagnostics.Where(d => d.Location.Path == a.Path),
            d => Assert.True(d.Location.Span.End <= a.Document.Text.Text.Length, d.ToString())));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Odd_file_name_gets_a_slug_that_keeps_the_date_prefix()
    {
        using var directory = new TemporaryDirectory();
        directory.Write(ArticleSchemaLoader.FileName, JekyllSchema.Yaml);
        var project = ContentProjectLoader.Load(directory.FullPath);
        var result = new AnalysisRunner(BuiltInAnalyzers.All).Run(project,
            new[] { ArticleInput.FromText("_posts/2013-12-02-Ça va? [draft] #1.md", "---\ntitle: Odd name\ndate: 2013-12-02\n---" + Body) },
            new AnalyzerOptions(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.EndsWith("rename the file to '2013-12-02-ca-va-draft-1.md'", Assert.Single(result.Diagnostics).GetMessage());
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Utf8Bom(string text) => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

    /// <summary>A paragraph of plain sentences on one line, as a scraper that drops line breaks leaves it.</summary>
    private static string LongLine(int length)
    {
        var text = new StringBuilder(length + 100);
        var sentences = new[] { "The committee met again in the morning. ", "Its members agreed on a new timetable for the work. ", "Several proposals were sent back for revision. " };
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(sentences[i % sentences.Length]);
        }
        return text.ToString(0, length).TrimEnd() + ".";
    }
}
