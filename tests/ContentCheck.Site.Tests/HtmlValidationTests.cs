using ContentCheck.Site.Tests.Infrastructure;

namespace ContentCheck.Site.Tests;

/// <summary>The gate "no HTML validation errors": html-validate (npm) over the generated pages.</summary>
public sealed class HtmlValidationTests(EmbeddedContentSite embedded, SyntheticSite synthetic)
    : IClassFixture<EmbeddedContentSite>, IClassFixture<SyntheticSite>
{
    /// <summary>Pages validated per kind of page (first folder) in the generated site: every template and every
    /// pagination state is among them, and validating all 900 pages would take the run's whole time budget.</summary>
    private const int PagesPerKind = 12;

    [Fact]
    public void Every_page_of_the_embedded_site_is_valid_html()
    {
        Assert.Empty(HtmlValidator.Validate(embedded.Site, embedded.Site.Pages));
    }

    [Fact]
    public void Pages_of_every_kind_of_the_generated_site_are_valid_html()
    {
        var sample = Sample(synthetic.Site.Pages).ToList();
        Assert.Contains("index.html", sample);
        Assert.Contains(sample, p => p.Contains("/page/2/", StringComparison.Ordinal));
        Assert.Contains(sample, p => p.StartsWith("articles/", StringComparison.Ordinal));

        Assert.Empty(HtmlValidator.Validate(synthetic.Site, sample));
    }

    [Fact]
    public void The_validator_reports_an_invalid_page()
    {
        using var folder = new ContentCheck.Testing.TemporaryDirectory();
        folder.Write("bad.html", "<!DOCTYPE html>\n<html lang=\"en\"><head><title>t</title></head><body><p><div>x</p></body></html>\n");

        var messages = HtmlValidator.Validate(new GeneratedSite(folder.FullPath), ["bad.html"]);

        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.StartsWith("bad.html:", m, StringComparison.Ordinal));
    }

    /// <summary>Evenly spaced pages of each kind, always including the first and last, in ordinal order.</summary>
    private static IEnumerable<string> Sample(IReadOnlyList<string> pages) =>
        pages.GroupBy(p => p.Contains('/', StringComparison.Ordinal) ? p.Substring(0, p.IndexOf('/', StringComparison.Ordinal)) : "", StringComparer.Ordinal)
            .SelectMany(kind =>
            {
                var list = kind.ToList();
                var step = Math.Max(1, (list.Count - 1) / (PagesPerKind - 1));
                return list.Where((_, i) => i % step == 0 || i == list.Count - 1 || list[i].Contains("/page/2/", StringComparison.Ordinal)).Distinct();
            });
}
