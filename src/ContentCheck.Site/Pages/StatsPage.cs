using ContentCheck.Site.Rendering;
using System.Globalization;

namespace ContentCheck.Site.Pages;

/// <summary>The statistics page: totals and charts of articles per year and source, article lengths, and the people
/// and topics written about most.</summary>
internal static class StatsPage
{
    private const int Top = 10;
    private static readonly int[] LengthBounds = { 250, 500, 750, 1000, 1500, 2000 };

    public static void Write(SiteBuild build) =>
        build.AddPage("stats.sbn", new PageInfo("Statistics", "stats/index.html", "The corpus in numbers."), () => Variables(build.Model));

    private static IReadOnlyDictionary<string, object?> Variables(SiteModel model)
    {
        var articles = model.ByPath;
        var charts = new List<object>
        {
            Chart("chart-years", "Articles per year", model.Years.OrderBy(y => y.Key, StringComparer.Ordinal).Select(y => (y.Name, y.Count))),
            Chart("chart-sources", "Articles per source", model.Sources.OrderByDescending(s => s.Count).ThenBy(s => s.Name, StringComparer.Ordinal).Select(s => (s.Name, s.Count))),
            Chart("chart-lengths", "Article length in words", LengthBuckets(articles)),
            Chart("chart-people", $"The {Top} people written about most", TopTerms(model.People)),
            Chart("chart-topics", $"The {Top} most frequent topics", TopTerms(model.Topics)),
        };
        var words = articles.Sum(a => (long)a.WordCount);
        return new Dictionary<string, object?>
        {
            ["totals"] = new[]
            {
                new { Label = "Articles", Value = Number(articles.Count) },
                new { Label = "Sources", Value = Number(model.Sources.Count) },
                new { Label = "Authors", Value = Number(model.Authors.Count) },
                new { Label = "People", Value = Number(model.People.Count) },
                new { Label = "Topics", Value = Number(model.Topics.Count) },
                new { Label = "Words", Value = words.ToString("N0", CultureInfo.InvariantCulture) },
                new { Label = "Median length (words)", Value = Number(Median(articles.Select(a => a.WordCount))) },
            },
            ["charts"] = charts,
        };
    }

    private static object Chart(string id, string title, IEnumerable<(string, int)> rows) =>
        new { Id = id, Title = title, Svg = BarChart.Svg(id, title, rows.ToList()) };

    private static IEnumerable<(string, int)> TopTerms(IReadOnlyList<TermView> terms) =>
        terms.OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal).Take(Top).Select(t => (t.Name, t.Count));

    /// <summary>Articles per length bucket, counted in one pass.</summary>
    private static IEnumerable<(string, int)> LengthBuckets(IReadOnlyList<ArticleView> articles)
    {
        var counts = new int[LengthBounds.Length + 1];
        foreach (var article in articles)
        {
            var bucket = 0;
            while (bucket < LengthBounds.Length && article.WordCount >= LengthBounds[bucket])
            {
                bucket++;
            }
            counts[bucket]++;
        }
        var lower = 0;
        for (var i = 0; i < LengthBounds.Length; i++)
        {
            yield return ($"{Number(lower)}–{Number(LengthBounds[i] - 1)}", counts[i]);
            lower = LengthBounds[i];
        }
        yield return ($"{Number(lower)} or more", counts[LengthBounds.Length]);
    }

    private static int Median(IEnumerable<int> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
