using System.Text;
using ContentCheck.Analysis;
using ContentCheck.Documents;
using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Metadata;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Rules.Metadata;

public sealed class UnreadableFileAnalyzerTests
{
    private readonly UnreadableFileAnalyzer _analyzer = new();

    private static IReadOnlyList<ContentCheck.Diagnostics.Diagnostic> RunOnFile(string fileName, Action<string> write)
    {
        using var directory = new TemporaryDirectory();
        var file = Path.Combine(directory.FullPath, fileName);
        write(file);
        var runner = new AnalysisRunner(new[] { new UnreadableFileAnalyzer() });
        return runner.Run(TestProjects.WithRegistries, new[] { ArticleInput.FromFile(file, "articles/2008/03/18/" + fileName) },
            new AnalyzerOptions(RuleTester.DefaultNow)).Diagnostics;
    }

    [Fact]
    public void Good_utf8_text_has_no_diagnostic()
    {
        RuleTester.Verify(_analyzer, "---\ntitle: Café € 😀 中文\n---\nBody.\n");
        Assert.Empty(RunOnFile("good.md", f => File.WriteAllText(f, "---\ntitle: Café\n---\n", new UTF8Encoding(true))));
    }

    [Fact]
    public void Bad_latin1_byte_is_reported_at_its_position_with_the_byte()
    {
        var diagnostic = Assert.Single(RunOnFile("latin1.md", f => File.WriteAllBytes(f,
            Encoding.UTF8.GetBytes("---\ntitle: Caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(" au lait\n---\n")).ToArray())));
        Assert.Equal("CC1003", diagnostic.Id);
        Assert.Equal("2,11,2,12", diagnostic.Location.LineSpan.ToString());
        Assert.Contains("byte 0xE9", diagnostic.GetMessage());
        Assert.Contains("save the file as UTF-8", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_binary_file()
    {
        var diagnostic = Assert.Single(RunOnFile("photo.md", f => File.WriteAllBytes(f, new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 })));
        Assert.Contains("NUL byte at byte offset 4", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_too_large_file()
    {
        var diagnostic = Assert.Single(RunOnFile("huge.md", f =>
        {
            using var stream = File.Create(f);
            stream.SetLength(DocumentLoader.MaxFileBytes + 1L);
        }));
        Assert.StartsWith("The file is 8,388,609 bytes, more than the 8,388,608 bytes", diagnostic.GetMessage());
    }

    [Fact]
    public void Bad_file_that_cannot_be_opened()
    {
        var diagnostic = Assert.Single(RunOnFile("gone.md", _ => { }));
        Assert.StartsWith("The file cannot be read (", diagnostic.GetMessage());
    }
}
