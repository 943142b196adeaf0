using ContentCheck.Site.Rendering;
using System.Globalization;

namespace ContentCheck.Site.Pages;

/// <summary>The list pages: one per source, author, topic, person, year and month (paginated), and an index of
/// each kind.</summary>
internal static class ListPages
{
    /// <summary>Articles per list page.</summary>
    public const int PageSize = 50;

    public static void Write(SiteBuild build)
    {
        var model = build.Model;
        WriteIndex(build, "sources/index.html", "Sources", "Every outlet in the corpus.", model.Sources);
        WriteIndex(build, "authors/index.html", "Authors", "Everyone with a byline in the corpus.", model.Authors);
        WriteIndex(build, "topics/index.html", "Topics", "What the articles are about.", model.Topics);
        WriteIndex(build, "people/index.html", "People", "The people the articles are about.", model.People);
        build.AddPage("archive.sbn", new PageInfo("Archive", "archive/index.html", "Every article by year and month."), () =>
        {
            var months = model.Months.ToLookup(m => m.Key.Substring(0, m.Key.IndexOf('-')), StringComparer.Ordinal);
            return new Dictionary<string, object?> { ["years"] = model.Years.Select(y => new { Year = y, Months = months[y.Key].ToList() }).ToList() };
        });

        foreach (var group in new[] { ("Source", model.Sources), ("Author", model.Authors), ("Topic", model.Topics), ("Person", model.People), ("Year", model.Years), ("Month", model.Months) })
        {
            foreach (var term in group.Item2)
            {
                WriteTerm(build, group.Item1, term);
            }
        }
    }

    private static void WriteIndex(SiteBuild build, string path, string title, string description, IReadOnlyList<TermView> terms) =>
        build.AddPage("terms.sbn", new PageInfo(title, path, description), new Dictionary<string, object?> { ["terms"] = terms });

    /// <summary>A term's articles, <see cref="PageSize"/> a page: the first at the term's path, the others at
    /// <c>…/page/N/index.html</c>.</summary>
    private static void WriteTerm(SiteBuild build, string kind, TermView term)
    {
        var folder = term.Path.Substring(0, term.Path.Length - "/index.html".Length);
        var pageCount = Math.Max(1, (term.Count + PageSize - 1) / PageSize);
        string PathOf(int n) => n == 1 ? term.Path : $"{folder}/page/{n.ToString(CultureInfo.InvariantCulture)}/index.html";
        for (var n = 1; n <= pageCount; n++)
        {
            var title = pageCount == 1 || n == 1 ? term.Name : $"{term.Name} (page {n.ToString(CultureInfo.InvariantCulture)} of {pageCount.ToString(CultureInfo.InvariantCulture)})";
            var first = (n - 1) * PageSize;
            var previous = n > 1 ? PathOf(n - 1) : null;
            var next = n < pageCount ? PathOf(n + 1) : null;
            var current = n;
            var articles = Slice(term.Articles, first, PageSize);
            build.AddPage("list.sbn", new PageInfo(title, PathOf(n), term.Description), () => new Dictionary<string, object?>
            {
                ["kind"] = kind,
                ["term"] = term,
                ["articles"] = articles,
                ["pagination"] = new { Current = current, Total = pageCount, Previous = previous, Next = next },
            },
            inputs: Inputs(kind, term, pageCount, articles));
        }
    }

    /// <summary>What a list page shows besides its articles' fields, then those; an array of the exact size (made for
    /// every list page on every build).</summary>
    private static object[] Inputs(string kind, TermView term, int pageCount, List<ArticleView> articles)
    {
        const int Fixed = 7;
        var inputs = new object[Fixed + articles.Count];
        inputs[0] = kind;
        inputs[1] = term.Key;
        inputs[2] = term.Name;
        inputs[3] = term.Path;
        inputs[4] = term.Description ?? string.Empty;
        inputs[5] = term.Count;
        inputs[6] = pageCount;
        for (var i = 0; i < articles.Count; i++)
        {
            inputs[Fixed + i] = articles[i].Key;
        }
        return inputs;
    }

    /// <summary>Up to <paramref name="count"/> items from <paramref name="start"/>, by index (not Skip, which walks
    /// from the start: quadratic over a term of 10,000 articles).</summary>
    private static List<ArticleView> Slice(IReadOnlyList<ArticleView> articles, int start, int count)
    {
        var slice = new List<ArticleView>(Math.Min(count, Math.Max(0, articles.Count - start)));
        for (var i = start; i < articles.Count && i < start + count; i++)
        {
            slice.Add(articles[i]);
        }
        return slice;
    }
}
