using System.Diagnostics;
using System.Text;
using ContentCheck.Testing;
using ContentCheck.Yaml;

namespace ContentCheck.Engine.Tests.Yaml;

public sealed class YamlTreeReaderTests
{
    /// <summary>Reads the clean text of <paramref name="marked"/> and asserts the node picked by
    /// <paramref name="pick"/> spans exactly the one marked range.</summary>
    private static void AssertSpan(string marked, Func<YamlMapping, YamlNode> pick, int baseOffset = 0)
    {
        var text = MarkedText.Parse(marked);
        var result = YamlTreeReader.Read(text.Text, baseOffset);
        Assert.Null(result.Error);
        var node = pick(Assert.IsType<YamlMapping>(result.Root));
        var expected = Assert.Single(text.Spans);
        Assert.Equal((expected.Start + baseOffset, expected.End + baseOffset), (node.Span.Start, node.Span.End));
    }

    private static YamlSyntaxError Error(string yaml)
    {
        var result = YamlTreeReader.Read(yaml, 0);
        Assert.Null(result.Root);
        return Assert.IsType<YamlSyntaxError>(result.Error);
    }

    private static string Slice(string text, YamlSyntaxError error) => text.Substring(error.Span.Start, error.Span.Length);

    [Fact]
    public void Plain_and_quoted_scalars_span_their_text()
    {
        AssertSpan("title: [|US and Russia|]\n", m => m.Entries[0].Value);
        AssertSpan("title: [|\"Rice: no deal\"|]\n", m => m.Entries[0].Value);
        AssertSpan("title: [|'it''s'|]\n", m => m.Entries[0].Value);
        AssertSpan("[|title|]: x\n", m => m.Entries[0].Key);
    }

    [Fact]
    public void Offsets_are_shifted_by_where_the_yaml_starts_in_the_file() =>
        AssertSpan("a: b\nsource: [|bbc-news|]\n", m => m.Entries[1].Value, baseOffset: 4);

    [Fact]
    public void Values_after_multibyte_text_keep_utf16_offsets()
    {
        AssertSpan("title: é€中文😀\nsource: [|bbc-news|]\n", m => m.Entries[1].Value);
        AssertSpan("title: [|😀 x|]\n", m => m.Entries[0].Value);
    }

    [Fact]
    public void Crlf_and_lone_cr_line_breaks_keep_offsets()
    {
        AssertSpan("title: a\r\nsource: [|bbc|]\r\n", m => m.Entries[1].Value);
        AssertSpan("title: a\rsource: [|bbc|]\r", m => m.Entries[1].Value);
    }

    [Fact]
    public void Flow_collections_include_their_closing_bracket()
    {
        AssertSpan("authors: [|[A, B]|]\n", m => m.Entries[0].Value);
        AssertSpan("authors: [|[ ]|]\n", m => m.Entries[0].Value);
        AssertSpan("x: [|{a: b}|]\n", m => m.Entries[0].Value);
        AssertSpan("[|a: [b]|]\n", m => m);
    }

    [Fact]
    public void Block_collections_end_with_their_last_item_not_the_next_line()
    {
        AssertSpan("authors:\n  [|- A\n  - B|]\nsource: x\n", m => m.Entries[0].Value);
        AssertSpan("[|a: 1\nb:\n  - c|]\n\n", m => m);
    }

    [Fact]
    public void Block_scalars_end_with_their_last_character()
    {
        AssertSpan("summary: [||\n  line one\n  line two|]\n\nsource: x\n", m => m.Entries[0].Value);
        AssertSpan("summary: [|>-\n  folded|]\r\nsource: x\r\n", m => m.Entries[0].Value);
    }

    [Fact]
    public void An_empty_value_is_a_null_scalar_with_an_empty_span_after_the_colon()
    {
        var root = (YamlMapping)YamlTreeReader.Read("title:\nsource: ~\n", 0).Root!;
        var title = Assert.IsType<YamlScalar>(root.Entries[0].Value);
        Assert.True(title.IsNull);
        Assert.Equal(new ContentCheck.Text.TextSpan(6, 0), title.Span);
        Assert.True(((YamlScalar)root.Entries[1].Value).IsNull);
    }

    [Fact]
    public void Duplicate_keys_are_kept_in_order()
    {
        var root = (YamlMapping)YamlTreeReader.Read("title: a\ntitle: b\n", 0).Root!;
        Assert.Equal(new[] { "title", "title" }, root.Entries.Select(e => e.Name));
        Assert.Equal("a", ((YamlScalar)root.Find("title")!.Value).Value);
    }

    [Fact]
    public void Aliases_are_kept_not_expanded()
    {
        var root = (YamlMapping)YamlTreeReader.Read("a: &x [1]\nb: *x\n", 0).Root!;
        var alias = Assert.IsType<YamlAlias>(root.Entries[1].Value);
        Assert.Equal("x", alias.Anchor);
        Assert.Equal("*x", "a: &x [1]\nb: *x\n".Substring(alias.Span.Start, alias.Span.Length));
    }

    [Fact]
    public void A_billion_laughs_document_is_read_instantly()
    {
        var yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level < 10; level++)
        {
            var name = (char)('a' + level);
            var previous = (char)('a' + level - 1);
            yaml.Append(name).Append(": &").Append(name).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }
        var stopwatch = Stopwatch.StartNew();
        var root = (YamlMapping)YamlTreeReader.Read(yaml.ToString(), 0).Root!;
        Assert.Equal(10, root.Entries.Count);
        Assert.All(((YamlSequence)root.Entries[9].Value).Items, item => Assert.IsType<YamlAlias>(item));
        Assert.True(stopwatch.ElapsedMilliseconds < 1000, $"took {stopwatch.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData(100_000, '[', ']')]
    [InlineData(100_000, '{', '}')]
    public void Deep_nesting_is_an_error_not_a_stack_overflow(int depth, char open, char close)
    {
        var inner = open == '{' ? "a: 1" : "1";
        var prefix = open == '{' ? "{a: " : "[";
        var yaml = "x: " + string.Concat(Enumerable.Repeat(prefix, depth)) + inner + new string(close, depth) + "\n";
        var error = Error(yaml);
        Assert.Contains($"more than {YamlTreeReader.MaxDepth} levels", error.Message);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_fine()
    {
        var yaml = "x: " + new string('[', YamlTreeReader.MaxDepth - 1) + new string(']', YamlTreeReader.MaxDepth - 1) + "\n";
        Assert.Null(YamlTreeReader.Read(yaml, 0).Error);
    }

    [Fact]
    public void A_colon_in_a_plain_value_points_at_the_colon()
    {
        const string yaml = "title: Rice: no deal\n";
        var error = Error(yaml);
        Assert.Equal((11, 12), (error.Span.Start, error.Span.End));
        Assert.Equal("while scanning a plain scalar value, found invalid mapping", error.Message);
    }

    [Fact]
    public void An_unclosed_flow_list_that_makes_yamldotnet_throw_invalid_operation_is_a_syntax_error()
    {
        // YamlDotNet throws InvalidOperationException, not YamlException, on this input.
        const string yaml = "a: [b\nc: d\n";
        var error = Error(yaml);
        Assert.Equal("[", Slice(yaml, error));
        Assert.Contains("unclosed '['", error.Message);
    }

    [Theory]
    [InlineData("title: `tick`\n", "`")]
    [InlineData("title: @at\n", "@")]
    [InlineData("a: {b: c\n", "c")]
    [InlineData("title: \"unclosed\nsource: x\n", "\"unclosed")]
    [InlineData("- [\n", "[")]
    [InlineData("title: 'x\n", "'x")]
    public void Syntax_errors_point_at_text_never_at_a_bare_line_break(string yaml, string expected)
    {
        var error = Error(yaml);
        Assert.Equal(expected, Slice(yaml, error));
        Assert.DoesNotContain("Line:", error.Message);
        Assert.True(char.IsLower(error.Message[0]), error.Message);
    }

    [Fact]
    public void A_second_document_is_an_error_at_its_marker()
    {
        const string yaml = "a: b\n--- c\n";
        var error = Error(yaml);
        Assert.Equal("---", Slice(yaml, error));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("# only a comment\n")]
    public void Nothing_but_whitespace_or_comments_is_an_empty_document(string yaml)
    {
        var result = YamlTreeReader.Read(yaml, 0);
        Assert.Null(result.Root);
        Assert.Null(result.Error);
    }
}
