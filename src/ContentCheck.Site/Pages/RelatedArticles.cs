namespace ContentCheck.Site.Pages;

/// <summary>Related articles: those sharing the most people (worth two) and topics (worth one) with an article,
/// ties broken by recency then path. Terms that very many articles share are skipped, which keeps a corpus of
/// 10,000 articles linear instead of quadratic.</summary>
internal static class RelatedArticles
{
    public const int Count = 5;

    public static IReadOnlyList<ArticleView> Find(ArticleView article, IReadOnlyDictionary<string, TermView> topics, IReadOnlyDictionary<string, TermView> people, int maxPosting)
    {
        var scores = new Dictionary<ArticleView, int>();
        void Add(IEnumerable<string> keys, IReadOnlyDictionary<string, TermView> terms, int weight)
        {
            foreach (var key in keys.Distinct(StringComparer.Ordinal))
            {
                if (!terms.TryGetValue(key, out var term) || term.Count > maxPosting)
                {
                    continue;
                }
                foreach (var other in term.Articles.Where(o => !ReferenceEquals(o, article)))
                {
                    scores[other] = (scores.TryGetValue(other, out var s) ? s : 0) + weight;
                }
            }
        }
        Add(article.Article.People, people, 2);
        Add(article.Article.Topics, topics, 1);
        return scores.OrderByDescending(p => p.Value).ThenByDescending(p => p.Key.PublishedDate.Instant)
            .ThenBy(p => p.Key.Article.Path, StringComparer.Ordinal).Take(Count).Select(p => p.Key).ToList();
    }
}
