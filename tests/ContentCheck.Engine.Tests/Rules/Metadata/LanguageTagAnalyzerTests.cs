using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules.Metadata;

namespace ContentCheck.Engine.Tests.Rules.Metadata;

public sealed class LanguageTagAnalyzerTests
{
    private readonly LanguageTagAnalyzer _analyzer = new();

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("EN-gb")]
    [InlineData("zh-Hans-CN")]
    [InlineData("sr-Latn")]
    [InlineData("es-419")]
    [InlineData("de-CH-1996")]
    [InlineData("sl-rozaj-biske")]
    [InlineData("zh-yue-HK")]
    [InlineData("en-US-u-ca-gregory")]
    [InlineData("en-x-house")]
    [InlineData("x-whatever")]
    [InlineData("i-klingon")]
    [InlineData("en-GB-oed")]
    [InlineData("fil")]
    public void Good_well_formed_tags(string tag) => RuleTester.Verify(_analyzer, $"---\nlanguage: {tag}\n---\n");

    [Theory]
    [InlineData("english", "en")]
    [InlineData("English", "en")]
    [InlineData("en_GB", "en-GB")]
    [InlineData("en_gb", "en-GB")]
    [InlineData("zh_hans_cn", "zh-Hans-CN")]
    [InlineData("en GB", "en-GB")]
    [InlineData("français", "fr")]
    [InlineData("Chinese-TW", "zh-TW")]
    [InlineData("en--GB", "en-GB")]
    [InlineData("en-", "en")]
    public void Bad_names_and_locales_suggest_the_tag(string written, string suggested)
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, $"---\nlanguage: [|{written}|]\n---\n"));
        Assert.Equal($"'{written}' in 'language' is not a BCP 47 language tag; did you mean '{suggested}'?", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("e")]
    [InlineData("engl")]
    [InlineData("klingonese")]
    [InlineData("en-GB-x")]
    [InlineData("123")]
    [InlineData("en-a")]
    public void Bad_malformed_tags_get_the_shape_of_a_tag(string written)
    {
        var diagnostic = Assert.Single(RuleTester.Verify(_analyzer, $"---\nlanguage: [|\"{written}\"|]\n---\n"));
        Assert.EndsWith("write a language code, optionally with a script and a region, e.g. 'en', 'en-GB' or 'zh-Hans-CN'", diagnostic.GetMessage());
    }

    [Fact]
    public void Good_empty_and_list_values_are_left_to_other_rules() =>
        RuleTester.Verify(_analyzer, "---\nlanguage:\ntitle: english\n---\n");
}
