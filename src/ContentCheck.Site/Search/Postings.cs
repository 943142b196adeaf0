using ContentCheck.Site.Pages;

namespace ContentCheck.Site.Search;

/// <summary>
/// Per word number, the articles (newest first = 0) that have it, and those whose title has it, each list sorted.
/// Built once per generation, by the first search shard that needs it. A model kept between builds (the build
/// server's, see <see cref="KeptModel"/>) keeps its postings too, with the texts they were made from: the next build
/// patches the lists of the words its changed articles gained or lost instead of rebuilding all of them.
/// </summary>
internal sealed class Postings
{
    private readonly ArticleText[] _texts;

    private Postings(int[]?[] all, int[]?[] title, ArticleText[] texts)
    {
        All = all;
        Title = title;
        _texts = texts;
    }

    /// <summary>Per word number, the articles that have it (null: none).</summary>
    public int[]?[] All { get; }

    /// <summary>Per word number, the articles whose title has it (null: none).</summary>
    public int[]?[] Title { get; }

    /// <summary>The postings of <paramref name="model"/>: patched from the ones its previous generation made when the
    /// model was kept, built afresh otherwise; remembered on the model for the next generation.</summary>
    public static Postings For(SiteModel model)
    {
        var newest = model.Newest;
        var words = model.Vocabulary.Count;
        var postings = model.Postings is { } kept && kept._texts.Length == newest.Count && kept.FewChanged(newest) ? kept.Patch(newest, words) : Of(newest, words);
        model.Postings = postings;
        return postings;
    }

    /// <summary>Whether patching is cheaper than building afresh: each changed article copies the lists of the words
    /// it gained or lost, and a frequent word's list holds nearly every article, so patching thousands of changed
    /// articles is quadratic (a warm build of 100,000 articles that all changed took 267 s instead of 94 s).</summary>
    private bool FewChanged(IReadOnlyList<ArticleView> newest)
    {
        var limit = Math.Max(MinPatchLimit, newest.Count / 256);
        var changed = 0;
        for (var article = 0; article < newest.Count && changed <= limit; article++)
        {
            if (!ReferenceEquals(newest[article].Text, _texts[article]))
            {
                changed++;
            }
        }
        return changed <= limit;
    }

    private const int MinPatchLimit = 16;

    /// <summary>Counted first, then filled into arrays of the exact size (growing a list per word was a tenth of an
    /// edit build's allocations), articles taken newest last so every list comes out sorted.</summary>
    private static Postings Of(IReadOnlyList<ArticleView> newest, int words)
    {
        var allCounts = new int[words];
        var titleCounts = new int[words];
        var texts = new ArticleText[newest.Count];
        for (var article = 0; article < newest.Count; article++)
        {
            var text = texts[article] = newest[article].Text;
            for (var i = 0; i < text.Words.Length; i++)
            {
                allCounts[text.Words[i]]++;
                if (i < text.TitleWords)
                {
                    titleCounts[text.Words[i]]++;
                }
            }
        }
        var all = new int[]?[words];
        var title = new int[]?[words];
        // The counts become fill positions: each list is filled from its end.
        for (var article = newest.Count - 1; article >= 0; article--)
        {
            var text = texts[article];
            for (var i = 0; i < text.Words.Length; i++)
            {
                var id = text.Words[i];
                (all[id] ??= new int[allCounts[id]])[--allCounts[id]] = article;
                if (i < text.TitleWords)
                {
                    (title[id] ??= new int[titleCounts[id]])[--titleCounts[id]] = article;
                }
            }
        }
        return new Postings(all, title, texts);
    }

    /// <summary>These postings with each article whose body changed moved from the lists of the words it lost to those
    /// of the words it gained. A changed list is a new array, never one changed in place: the page cache compares a
    /// shard's lists with the ones the previous generation wrote.</summary>
    private Postings Patch(IReadOnlyList<ArticleView> newest, int words)
    {
        var all = new int[]?[words];
        var title = new int[]?[words];
        Array.Copy(All, all, Math.Min(All.Length, words));
        Array.Copy(Title, title, Math.Min(Title.Length, words));
        var texts = (ArticleText[])_texts.Clone();
        for (var article = 0; article < newest.Count; article++)
        {
            var text = newest[article].Text;
            if (ReferenceEquals(text, texts[article]))
            {
                continue;
            }
            // Only the body changed: a kept model's articles have the titles they had (another title builds the model
            // afresh), so the title lists stand.
            Move(all, article, texts[article].Words, text.Words);
            texts[article] = text;
        }
        return new Postings(all, title, texts);
    }

    /// <summary>Takes <paramref name="article"/> out of the lists of the words of <paramref name="oldWords"/> that are
    /// not in <paramref name="newWords"/>, and into the lists of those that are new.</summary>
    private static void Move(int[]?[] lists, int article, int[] oldWords, int[] newWords)
    {
        var before = new HashSet<int>(oldWords);
        var after = new HashSet<int>(newWords);
        foreach (var id in before)
        {
            if (!after.Contains(id))
            {
                lists[id] = Without(lists[id], article);
            }
        }
        foreach (var id in after)
        {
            if (!before.Contains(id))
            {
                lists[id] = With(lists[id], article);
            }
        }
    }

    private static int[]? Without(int[]? list, int article)
    {
        var at = list is null ? -1 : Array.BinarySearch(list, article);
        if (at < 0)
        {
            return list;
        }
        if (list!.Length == 1)
        {
            return null;
        }
        var shorter = new int[list.Length - 1];
        Array.Copy(list, 0, shorter, 0, at);
        Array.Copy(list, at + 1, shorter, at, list.Length - at - 1);
        return shorter;
    }

    private static int[] With(int[]? list, int article)
    {
        if (list is null)
        {
            return [article];
        }
        var at = Array.BinarySearch(list, article);
        if (at >= 0)
        {
            return list;
        }
        at = ~at;
        var longer = new int[list.Length + 1];
        Array.Copy(list, 0, longer, 0, at);
        longer[at] = article;
        Array.Copy(list, at, longer, at + 1, list.Length - at);
        return longer;
    }
}
