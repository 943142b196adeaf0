using ContentCheck.Metadata;
using ContentCheck.Project;
using ContentCheck.Site.Output;
using ContentCheck.Site.Rendering;
using ContentCheck.Site.Search;

namespace ContentCheck.Site.Pages;

/// <summary>The site as data: the published articles with their resolved names and page paths, the groups that get
/// list pages (sources, authors, topics, people, years, months), and the settings templates see as <c>site</c>.
/// Built once, in a deterministic order; every page reads it.</summary>
internal sealed class SiteModel
{
    /// <summary>A term shared by more articles than this says little about how two of them relate.</summary>
    private const int MaxRelatedPosting = 500;

    private SiteModel(SiteView site, IReadOnlyList<ArticleView> byPath, Vocabulary vocabulary)
    {
        Site = site;
        Vocabulary = vocabulary;
        ByPath = byPath;
        Newest = byPath.OrderByDescending(a => a.PublishedDate.Instant).ThenBy(a => a.Article.Path, StringComparer.Ordinal).ToList();
    }

    public SiteView Site { get; }

    /// <summary>Every word of the corpus, numbered; each article's <see cref="ArticleText.Words"/> refer to it.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>Published articles ordered by source path (ordinal).</summary>
    public IReadOnlyList<ArticleView> ByPath { get; }

    /// <summary>Published articles, newest first (ties by path).</summary>
    public IReadOnlyList<ArticleView> Newest { get; }

    /// <summary>The search index's word lists of the last generation from this model (see <see cref="Search.Postings"/>).</summary>
    internal Postings? Postings { get; set; }

    public IReadOnlyList<TermView> Sources { get; private set; } = [];

    public IReadOnlyList<TermView> Authors { get; private set; } = [];

    public IReadOnlyList<TermView> Topics { get; private set; } = [];

    public IReadOnlyList<TermView> People { get; private set; } = [];

    /// <summary>Years, newest first; each year's months are in <see cref="Months"/>.</summary>
    public IReadOnlyList<TermView> Years { get; private set; } = [];

    /// <summary>Months (<c>yyyy-MM</c>), newest first.</summary>
    public IReadOnlyList<TermView> Months { get; private set; } = [];

    /// <summary>Builds the model; drafts and articles without a title or a parsable published date are left out. With a
    /// page cache (the build server's), each article's text is read only when it changed since an earlier generation
    /// in this process, and its line of <c>corpus.jsonl</c> is made from the same plain text.</summary>
    public static SiteModel Build(ContentProject project, IReadOnlyList<Article> articles, SiteView site, PageCache? cache = null)
    {
        var published = articles.Where(a => !a.Draft && a.Title is not null && a.Published is not null)
            .OrderBy(a => a.Path, StringComparer.Ordinal).ToList();
        var projectKey = cache is null ? null : KeptModel.ProjectKeyOf(project, site);
        if (cache?.Model is { } kept && kept.TryReuse(projectKey!, published) is { } changed)
        {
            // Not kept while its changed texts are read: if that fails, the next build must not find a model that
            // records the new parses with the old texts.
            cache.Model = null;
            ReadTexts(kept.Model, changed, cache, related: null);
            cache.Model = kept;
            return kept.Model;
        }
        var sourcePaths = Allocate("sources", published.Select(a => a.Source));
        var authorPaths = Allocate("authors", published.SelectMany(a => a.Authors));
        var topicPaths = Allocate("topics", published.SelectMany(a => a.Topics));
        var personPaths = Allocate("people", published.SelectMany(a => a.People));

        var paths = new PathAllocator();
        var views = new List<ArticleView>();
        // One view per source, shared by its articles (they are equal anyway): resolved once, not once per article.
        var sources = new Dictionary<string, SourceView>(StringComparer.Ordinal);
        foreach (var article in published)
        {
            var date = article.Published!.Value;
            var day = date.LocalDate;
            var folder = FormattableString.Invariant($"articles/{day:yyyy}/{day:MM}/{day:dd}");
            SourceView? source = null;
            if (article.Source is { } id && !sources.TryGetValue(id, out source))
            {
                sources[id] = source = ResolveSource(project, id, sourcePaths[id]);
            }
            views.Add(new ArticleView(article, article.Title!, date, paths.Allocate(folder, article.PathInfo.Slug))
            {
                Updated = article.Updated is { } updated ? DateView.From(updated) : null,
                Source = source,
                Authors = article.Authors.Select(a => new LinkView(a, authorPaths[a])).ToList(),
                Dateline = article.Dateline,
                OriginalUrl = SafeUrl.IsHttp(article.Url) ? article.Url!.Trim() : null,
                Topics = article.Topics.Select(t => new LinkView(RegistryText(project.Topics, t, "title") ?? t, topicPaths[t])).ToList(),
                People = article.People.Select(p => new LinkView(RegistryText(project.People, p, "name") ?? p, personPaths[p])).ToList(),
                Summary = article.Summary,
                Language = article.Language ?? source?.Language ?? site.Language,
            });
        }

        var model = new SiteModel(site, views, cache?.Texts.Vocabulary ?? new Vocabulary());
        var newest = model.Newest;
        model.Sources = Group(newest, a => a.Article.Source is { } s ? [s] : [], sourcePaths, id => RegistryText(project.Sources, id, "name") ?? id, _ => null);
        model.Authors = Group(newest, a => a.Article.Authors, authorPaths, name => name, _ => null);
        model.Topics = Group(newest, a => a.Article.Topics, topicPaths, id => RegistryText(project.Topics, id, "title") ?? id, id => RegistryText(project.Topics, id, "description"));
        model.People = Group(newest, a => a.Article.People, personPaths, id => RegistryText(project.People, id, "name") ?? id, id => RegistryText(project.People, id, "description"));
        model.Years = newest.GroupBy(a => a.PublishedDate.LocalDate.Year)
            .Select(g => new TermView(Invariant(g.Key), Invariant(g.Key), $"archive/{Invariant(g.Key)}/index.html", null, g.ToList()))
            .OrderByDescending(t => t.Key, StringComparer.Ordinal).ToList();
        model.Months = newest.GroupBy(a => a.PublishedDate.LocalDate.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .Select(g => new TermView(g.Key, g.First().PublishedDate.LocalDate.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
                $"archive/{g.Key.Replace('-', '/')}/index.html", null, g.ToList()))
            .OrderByDescending(t => t.Key, StringComparer.Ordinal).ToList();
        var topicsByKey = model.Topics.ToDictionary(t => t.Key, StringComparer.Ordinal);
        var peopleByKey = model.People.ToDictionary(t => t.Key, StringComparer.Ordinal);
        ReadTexts(model, views, cache, view => view.Related = RelatedArticles.Find(view, topicsByKey, peopleByKey, MaxRelatedPosting));
        if (cache is not null)
        {
            cache.Model = new KeptModel(model, projectKey!, published);
        }
        return model;
    }

    /// <summary>Each article's related list and text facts depend on nothing but the model: computed in parallel, with
    /// one tokenizing buffer per thread. In the server, the corpus.jsonl line is made here too, from the plain text the
    /// search words were read from: the body is parsed and rendered as text once for both instead of twice.</summary>
    private static void ReadTexts(SiteModel model, IReadOnlyList<ArticleView> views, PageCache? cache, Action<ArticleView>? related)
    {
        Parallel.ForEach(views, () => (Text: new ArticleText.Scratch(), Lines: cache is null ? null : new DataFiles.LineWriter()), (view, _, scratch) =>
        {
            related?.Invoke(view);
            if (cache is null)
            {
                view.Text = ArticleText.Read(view, model.Vocabulary, scratch.Text);
                return scratch;
            }
            string? plain = null;
            string Plain() => plain ??= view.RenderPlainText();
            view.Text = cache.Texts.TextOf(view, scratch.Text, Plain);
            cache.Lines.Get(view.Article.Document, view.Key, () => scratch.Lines!.JsonLine(model.Site, view, Plain()));
            return scratch;
        }, scratch => scratch.Lines?.Dispose());
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One list page path per distinct key, allocated in ordinal order so paths never depend on article order.</summary>
    private static Dictionary<string, string> Allocate(string folder, IEnumerable<string?> keys)
    {
        var allocator = new PathAllocator();
        return keys.OfType<string>().Distinct(StringComparer.Ordinal).OrderBy(k => k, StringComparer.Ordinal)
            .ToDictionary(k => k, k => allocator.Allocate(folder, k), StringComparer.Ordinal);
    }

    private static IReadOnlyList<TermView> Group(IReadOnlyList<ArticleView> newest, Func<ArticleView, IReadOnlyList<string>> keys,
        Dictionary<string, string> paths, Func<string, string> name, Func<string, string?> description)
    {
        var members = new Dictionary<string, List<ArticleView>>(StringComparer.Ordinal);
        foreach (var article in newest)
        {
            foreach (var key in Distinct(keys(article)))
            {
                if (!members.TryGetValue(key, out var list))
                {
                    members[key] = list = new List<ArticleView>();
                }
                list.Add(article);
            }
        }
        return members.Select(m => new TermView(m.Key, name(m.Key), paths[m.Key], description(m.Key), m.Value))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>The keys of one article in order, each once: its lists are short, so they are compared pairwise
    /// instead of through a set per article (four per article on every build).</summary>
    private static IEnumerable<string> Distinct(IReadOnlyList<string> keys)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            var seen = false;
            for (var j = 0; j < i && !seen; j++)
            {
                seen = string.Equals(keys[i], keys[j], StringComparison.Ordinal);
            }
            if (!seen)
            {
                yield return keys[i];
            }
        }
    }

    private static string? RegistryText(Registry? registry, string id, string field) =>
        registry?.Find(id)?.GetText(field) is { } text && text.Trim().Length > 0 ? text.Trim() : null;

    private static SourceView ResolveSource(ContentProject project, string id, string path)
    {
        var entry = project.Sources?.Find(id);
        var name = RegistryText(project.Sources, id, "name") ?? id;
        var homepage = entry?.GetText("homepage");
        var credit = RegistryText(project.Sources, id, "credit") ?? "© " + name;
        return new SourceView(id, name, SafeUrl.IsHttp(homepage) ? homepage!.Trim() : null, credit, path)
        {
            Language = entry?.GetText("language"),
        };
    }
}

/// <summary><c>site.yml</c> as templates see it, with the effective base URL.</summary>
internal sealed record SiteView(string Title, string Description, string BaseUrl, string Language);
