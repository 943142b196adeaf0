using System.Text;
using ContentCheck.Documents;
using ContentCheck.Metadata;
using ContentCheck.Project;

namespace ContentCheck.Site.Pages;

/// <summary>
/// The site model of the last generation in this process (the build server's), with what it was built from: each
/// published article's site inputs (every field of it the model reads) and the project's registries and settings.
/// An edit that changes no article's metadata — a typo fixed, a paragraph added — reuses the model whole: views,
/// page paths, groups and related lists; only the edited articles' texts are read again. Any other change (a title,
/// a topic, a new or deleted article, a registry) builds the model afresh, so a reused model is always the one a fresh
/// build would make.
/// </summary>
/// <remarks>
/// Building the model of 10,000 articles (a view, a date folder and links per article, four groupings sorted by name,
/// related articles by shared people and topics) was half of an edit's site work in the server (dotnet-trace of
/// <c>ContentCheck.Bench warm … --edit-one</c>). Between builds the model holds no article: <see cref="Detach"/>
/// lets every parse go, so a build where every file changed never holds two corpora.
/// </remarks>
internal sealed class KeptModel
{
    // The inputs string of a parse, made once per article object (unchanged files keep theirs between builds, so
    // comparing them is a reference check).
    private static readonly DocumentSlot<ArticleInputs> Inputs = new();

    private readonly string _projectKey;
    private readonly string[] _inputs;
    private readonly object[] _identities;

    /// <param name="model">A model just built from <paramref name="published"/>.</param>
    /// <param name="projectKey">See <see cref="ProjectKeyOf"/>.</param>
    /// <param name="published">The published articles in the model's <see cref="SiteModel.ByPath"/> order.</param>
    public KeptModel(SiteModel model, string projectKey, IReadOnlyList<Article> published)
    {
        Model = model;
        _projectKey = projectKey;
        _inputs = new string[published.Count];
        _identities = new object[published.Count];
        for (var i = 0; i < published.Count; i++)
        {
            _inputs[i] = InputsOf(published[i]);
            _identities[i] = Output.PageCache.IdentityOf(published[i].Document);
        }
    }

    /// <summary>The kept model.</summary>
    public SiteModel Model { get; }

    /// <summary>What every view depends on besides its article: the site settings (a view falls back to the site's
    /// language) and the registries (names, descriptions, homepages, credits).</summary>
    public static string ProjectKeyOf(ContentProject project, SiteView site)
    {
        var key = new StringBuilder(site.ToString());
        foreach (var registry in new[] { project.Sources, project.People, project.Topics })
        {
            key.Append('\u0001').Append(registry?.Path).Append('\u0002').Append(registry?.Text.Text);
        }
        return key.ToString();
    }

    /// <summary>Rebinds the kept model to <paramref name="published"/> when it was built from equal inputs, and returns
    /// the views whose parse changed (their text must be read again); null when the model must be built afresh.</summary>
    public List<ArticleView>? TryReuse(string projectKey, IReadOnlyList<Article> published)
    {
        if (published.Count != _inputs.Length || !string.Equals(projectKey, _projectKey, StringComparison.Ordinal))
        {
            return null;
        }
        for (var i = 0; i < published.Count; i++)
        {
            var inputs = InputsOf(published[i]);
            if (!ReferenceEquals(inputs, _inputs[i]) && !string.Equals(inputs, _inputs[i], StringComparison.Ordinal))
            {
                return null;
            }
            // An equal string of the new parse: the next build compares by reference. (A mismatch further on drops this
            // kept model, so the strings taken so far never matter.)
            _inputs[i] = inputs;
        }
        var changed = new List<ArticleView>();
        for (var i = 0; i < published.Count; i++)
        {
            var view = Model.ByPath[i];
            view.Attach(published[i]);
            var identity = Output.PageCache.IdentityOf(published[i].Document);
            if (!ReferenceEquals(identity, _identities[i]))
            {
                _identities[i] = identity;
                changed.Add(view);
            }
        }
        return changed;
    }

    /// <summary>Lets go of every article (see the remarks); the next <see cref="TryReuse"/> attaches the new ones.</summary>
    public void Detach()
    {
        foreach (var view in Model.ByPath)
        {
            view.Detach();
        }
    }

    /// <summary>Every field of <paramref name="article"/> that <see cref="SiteModel.Build"/> reads, in one string.</summary>
    internal static string InputsOf(Article article)
    {
        if (Inputs.Get(article.Document) is { } kept && ReferenceEquals(kept.Article, article))
        {
            return kept.Text;
        }
        var text = Describe(article);
        Inputs.Set(article.Document, new ArticleInputs(article, text));
        return text;
    }

    private static string Describe(Article article)
    {
        var key = new StringBuilder(256);
        // Each value with its length first: a value holding a separator (YAML can escape any character) cannot make
        // two different lists read the same.
        void Field(string? value) => (value is null ? key.Append('-') : key.Append(value.Length).Append(':').Append(value)).Append('\u0001');
        void Date(ArticleDate? date) => key.Append(date?.DateTime.Ticks).Append(' ').Append(date?.Offset?.Ticks).Append(' ')
            .Append(date?.HasTime).Append('\u0001');
        void List(IReadOnlyList<string> values)
        {
            key.Append(values.Count).Append('\u0002');
            foreach (var value in values)
            {
                Field(value);
            }
        }
        Field(article.Path);
        Field(article.PathInfo.Slug);
        Field(article.Draft ? "draft" : null);
        Field(article.Title);
        Date(article.Published);
        Date(article.Updated);
        Field(article.Source);
        List(article.Authors);
        List(article.Topics);
        List(article.People);
        Field(article.Dateline);
        Field(article.Url);
        Field(article.Summary);
        Field(article.Language);
        return key.ToString();
    }

    private sealed record ArticleInputs(Article Article, string Text);
}
