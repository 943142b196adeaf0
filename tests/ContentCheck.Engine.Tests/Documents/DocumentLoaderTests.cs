using System.Text;
using ContentCheck.Documents;
using ContentCheck.Testing;
using ContentCheck.Yaml;

namespace ContentCheck.Engine.Tests.Documents;

/// <summary>Broken input of every kind becomes a <see cref="DocumentProblem"/> or a YAML error, never an exception.</summary>
public sealed class DocumentLoaderTests
{
    private const string Path = "articles/2008/03/18/x.md";

    private static ArticleDocument Parse(string text) => DocumentLoader.Parse(text, Path, Path);

    private static ArticleDocument Parse(byte[] bytes) => DocumentLoader.Parse(bytes, Path, Path);

    [Fact]
    public void A_good_article_has_front_matter_and_a_body()
    {
        var doc = Parse("---\ntitle: A\n---\nBody.\n");
        Assert.Null(doc.Problem);
        Assert.Null(doc.YamlError);
        Assert.Equal("title", Assert.Single(doc.FrontMatter!.Entries).Name);
        Assert.Equal("Body.\n", doc.BodyText);
        Assert.Equal("---", doc.Text.ToString(doc.OpeningFenceSpan));
        Assert.Equal("title: A\n", doc.Text.ToString(doc.FrontMatterSpan));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n")]
    public void Empty_and_whitespace_only_files(string text)
    {
        var doc = Parse(text);
        Assert.Equal(DocumentProblemKind.Empty, doc.Problem!.Kind);
        Assert.Null(doc.FrontMatter);
    }

    [Fact]
    public void A_nul_byte_makes_a_binary_file_and_its_offset_is_the_detail()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 };
        var doc = Parse(bytes);
        Assert.Equal(DocumentProblemKind.Binary, doc.Problem!.Kind);
        Assert.Equal("8", doc.Problem.Detail);
        Assert.Null(doc.FrontMatter);
        Assert.Null(doc.Body);
    }

    [Theory]
    // Latin-1 "é" (0xE9) where UTF-8 wants C3 A9: a file saved as Windows-1252.
    [InlineData(false, "---\ntitle: caf", new byte[] { 0xE9 }, "\n---\n", 1, 10, "0xE9")]
    // The same after a BOM: the BOM is not part of the text, so the column is the same.
    [InlineData(true, "---\ntitle: caf", new byte[] { 0xE9 }, "\n---\n", 1, 10, "0xE9")]
    // A multi-byte character before the bad byte counts as one UTF-16 unit.
    [InlineData(false, "---\r\ntitle: €", new byte[] { 0xFF }, "\r\n---\r\n", 1, 8, "0xFF")]
    // A truncated sequence (E2 82 then ASCII): the first byte of the sequence is the bad one.
    [InlineData(false, "a\nb ", new byte[] { 0xE2, 0x82 }, "c\n", 1, 2, "0xE2")]
    public void Invalid_utf8_points_at_the_first_bad_byte(bool bom, string before, byte[] bad, string after, int line, int column, string detail)
    {
        var bytes = (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>())
            .Concat(Encoding.UTF8.GetBytes(before)).Concat(bad).Concat(Encoding.UTF8.GetBytes(after)).ToArray();
        var doc = Parse(bytes);
        Assert.Equal(DocumentProblemKind.InvalidUtf8, doc.Problem!.Kind);
        Assert.Equal(detail, doc.Problem.Detail);
        Assert.Equal(bom, doc.HadByteOrderMark);
        var position = doc.Text.GetLinePositionSpan(doc.Problem.Span);
        Assert.Equal((line, column), (position.Start.Line, position.Start.Character));
        Assert.Equal(1, doc.Problem.Span.Length);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_not_read()
    {
        using var directory = new TemporaryDirectory();
        var file = System.IO.Path.Combine(directory.FullPath, "big.md");
        using (var stream = File.Create(file))
        {
            stream.SetLength(DocumentLoader.MaxFileBytes + 1L);
        }
        var doc = DocumentLoader.Load(file, "big.md");
        Assert.Equal(DocumentProblemKind.TooLarge, doc.Problem!.Kind);
        Assert.Equal("8,388,609", doc.Problem.Detail);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_unreadable()
    {
        using var directory = new TemporaryDirectory();
        var doc = DocumentLoader.Load(System.IO.Path.Combine(directory.FullPath, "gone.md"), "gone.md");
        Assert.Equal(DocumentProblemKind.Unreadable, doc.Problem!.Kind);
        Assert.NotEmpty(doc.Problem.Detail);
    }

    [Fact]
    public void No_front_matter_points_at_the_first_line_and_still_parses_the_body()
    {
        var doc = Parse("Title\n\nBody.\n");
        Assert.Equal(DocumentProblemKind.NoFrontMatter, doc.Problem!.Kind);
        Assert.Equal("Title", doc.Text.ToString(doc.Problem.Span));
        Assert.NotNull(doc.Body);
    }

    [Fact]
    public void Unclosed_front_matter_points_at_the_opening_fence()
    {
        var doc = Parse("---\ntitle: A\nBody.\n");
        Assert.Equal(DocumentProblemKind.UnclosedFrontMatter, doc.Problem!.Kind);
        Assert.Equal("---", doc.Text.ToString(doc.Problem.Span));
        Assert.Null(doc.FrontMatter);
    }

    [Theory]
    [InlineData("---\n- a\n- b\n---\n", "a list", "- a\n- b")]
    [InlineData("---\njust text\n---\n", "text", "just text")]
    public void Front_matter_that_is_not_a_mapping(string text, string kind, string spanned)
    {
        var doc = Parse(text);
        Assert.Equal(DocumentProblemKind.FrontMatterNotMapping, doc.Problem!.Kind);
        Assert.Equal(kind, doc.Problem.Detail);
        Assert.Equal(spanned, doc.Text.ToString(doc.Problem.Span));
    }

    [Fact]
    public void An_empty_front_matter_is_an_empty_mapping()
    {
        var doc = Parse("---\n---\nBody\n");
        Assert.Null(doc.Problem);
        Assert.Empty(doc.FrontMatter!.Entries);
    }

    [Theory]
    [InlineData("---\ntitle: Rice: no deal\n---\n", ":")]
    [InlineData("---\na: [b\nc: d\n---\n", "[")]
    [InlineData("---\ntitle: \"open\n---\nBody\n", "\"open")]
    public void A_yaml_syntax_error_is_kept_with_its_position_in_the_file(string text, string spanned)
    {
        var doc = Parse(text);
        Assert.Null(doc.Problem);
        Assert.Null(doc.FrontMatter);
        Assert.Equal(spanned, doc.Text.ToString(doc.YamlError!.Span));
        Assert.NotNull(doc.Body);
    }

    [Fact]
    public void Deep_nesting_and_alias_bombs_in_front_matter_are_harmless()
    {
        var deep = Parse("---\nx: " + new string('[', 50_000) + new string(']', 50_000) + "\n---\n");
        Assert.Contains("levels deep", deep.YamlError!.Message);

        var bomb = new StringBuilder("---\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var c = 'b'; c <= 'z'; c++)
        {
            bomb.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + (char)(c - 1), 9))).Append("]\n");
        }
        var doc = Parse(bomb.Append("---\n").ToString());
        Assert.Equal(26, doc.FrontMatter!.Entries.Count);
    }

    [Fact]
    public void A_value_after_a_bom_on_a_crlf_file_maps_to_its_line_and_column()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("---\r\ntitle: Caf\u00e9 \u20ac\r\nsource: bbc-news\r\n---\r\nBody\r\n")).ToArray();
        var doc = Parse(bytes);
        Assert.True(doc.HadByteOrderMark);
        Assert.Equal('-', doc.Text.Text[0]);
        var source = (YamlScalar)doc.FrontMatter!.Find("source")!.Value;
        Assert.Equal("3,9,3,17", doc.Text.GetLinePositionSpan(source.Span).ToString());
        Assert.Equal("bbc-news", doc.Text.ToString(source.Span));
    }

    [Fact]
    public void A_bom_in_text_given_as_a_string_is_dropped_too()
    {
        var doc = Parse("\uFEFF---\ntitle: A\n---\n");
        Assert.Null(doc.Problem);
        Assert.True(doc.HadByteOrderMark);
        Assert.Equal("1,1", doc.Text.GetLinePosition(doc.OpeningFenceSpan.Start).ToString());
        var title = doc.FrontMatter!.Find("title")!.Value;
        Assert.Equal("2,8", doc.Text.GetLinePosition(title.Span.Start).ToString());
    }

    [Fact]
    public void A_closing_fence_of_dots_and_trailing_whitespace_is_accepted()
    {
        var doc = Parse("--- \t\r\ntitle: A\r\n...  \r\nBody\r\n");
        Assert.Null(doc.Problem);
        Assert.Equal("Body\r\n", doc.BodyText);
    }

    [Theory]
    [InlineData("----\ntitle: A\n----\n")]
    [InlineData(" ---\ntitle: A\n---\n")]
    [InlineData("\n---\ntitle: A\n---\n")]
    public void Only_an_exact_fence_on_the_first_line_opens_front_matter(string text) =>
        Assert.Equal(DocumentProblemKind.NoFrontMatter, Parse(text).Problem!.Kind);
}
