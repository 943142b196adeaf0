using ContentCheck.Analysis;
using ContentCheck.Engine.Tests.Infrastructure;
using ContentCheck.Rules;

namespace ContentCheck.Engine.Tests.Rules;

/// <summary>Every built-in analyzer copes with every kind of broken article: a finding, never CC0001.</summary>
public sealed class BrokenInputTests
{
    public static TheoryData<string> Articles() => new()
    {
        "",
        "   \n",
        "no front matter",
        "---\ntitle: x\n",
        "---\n---\n",
        "---\n- a\n---\n",
        "---\n~\n---\n",
        "---\ntitle: a: b\n---\n",
        "---\na: [b\nc: d\n---\n",
        "---\n? [a, b]\n: c\n? {x: y}\n: d\n---\n",
        "---\ntitle: &a [x]\nsource: *a\nauthors: *a\npublished: *a\nupdated: [*a]\ndraft: *a\nsuppress: *a\n---\n",
        "---\ntitle: {a: {b: {c: [1, 2, {d: e}]}}}\nsource: [[]]\nauthors: [[], {}, ~, \"\"]\npublished: {}\nupdated: []\ndraft: {}\ntopics: {}\n---\n",
        "---\npublished: 9999-12-31T23:59:59+14:00\nupdated: 0001-01-01T00:00:00-14:00\n---\n",
        "---\npublished: 0001-01-01\nupdated: 9999-12-31\n---\n",
        "---\npublished: 0001-01-01T00:00:00+14:00\nupdated: 0001-01-01T05:00:00\n---\n",
        "---\npublished: 9999-12-31T23:00:00-14:00\nupdated: 9999-12-31T23:00:00\n---\n",
        "\uFEFF---\r\ntitle:\r\nsource: \"\"\r\n---\r\n",
        "---\rtitle: x\rsource: y\r---\r",
        "---\nx: " + new string('[', 1000) + new string(']', 1000) + "\n---\n",
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void No_analyzer_fails_on_broken_input(string article)
    {
        var runner = new AnalysisRunner(BuiltInAnalyzers.All);
        foreach (var path in new[] { "articles/2008/03/18/a.md", "a.md", "articles/9999/99/99/a.md" })
        {
            var result = runner.Run(TestProjects.WithRegistries, new[] { ArticleInput.FromText(path, article) }, new AnalyzerOptions(RuleTester.DefaultNow));
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == AnalyzerFailure.Id);
            // Spans in the article stay inside it (corpus rules may also report in the registry files).
            Assert.All(result.Diagnostics.Where(d => d.Location.Path == path), d => Assert.True(d.Location.Span.End <= article.Length, d.ToString()));
        }
    }
}
