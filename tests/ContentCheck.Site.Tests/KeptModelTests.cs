using ContentCheck.Corpus;
using ContentCheck.Metadata;
using ContentCheck.Site.Output;
using ContentCheck.Site.Tests.Infrastructure;
using ContentCheck.Testing;

namespace ContentCheck.Site.Tests;

/// <summary>The build server reuses the site model when an edit changed no article's metadata: the site it then writes
/// must be byte for byte the one a fresh generation writes, and any change the model shows must build it afresh.</summary>
public sealed class KeptModelTests : IDisposable
{
    private const int Articles = 60;
    private readonly TemporaryDirectory _work = new();
    private readonly string _content;
    private readonly PageCache _cache = new();
    private ContentCheck.Project.ContentProject _project;
    private IReadOnlyList<Article> _articles;

    public KeptModelTests()
    {
        _content = Path.Combine(_work.FullPath, "content");
        new SyntheticCorpus().Write(_content, Articles);
        (_project, _articles, _) = SiteBuilder.Load(_content);
        Generate("site", _cache);
        Assert.False(_cache.LastReusedModel);
    }

    public void Dispose() => _work.Dispose();

    [Fact]
    public void An_unchanged_corpus_and_a_body_edit_reuse_the_model_and_give_the_fresh_site()
    {
        Generate("site", _cache);
        Assert.True(_cache.LastReusedModel);

        Edit(ArticlePath(7), text => text + "\nA new closing paragraph with a word nobody used before: zyxquorble.\n");
        AssertRegeneratesAsFresh(reusesModel: true);
        Assert.Contains("zyxquorble", File.ReadAllText(Path.Combine(_work.FullPath, "site", "corpus.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_word_rewrites_its_search_shard_and_keeps_every_other_shard_and_chunk()
    {
        var site = Path.Combine(_work.FullPath, "site");
        var shards = Directory.GetFiles(Path.Combine(site, "search", "words")).Select(f => "search/words/" + Path.GetFileName(f)).ToList();
        var chunks = Directory.GetFiles(Path.Combine(site, "search", "docs")).Select(f => "search/docs/" + Path.GetFileName(f)).ToList();
        Generate("site", _cache);
        Assert.Superset(shards.Concat(chunks).ToHashSet(), _cache.LastKept.ToHashSet());

        Edit(ArticlePath(9), text => text + "\nZyxquorble.\n");
        Generate("site", _cache);

        Assert.DoesNotContain("search/words/zy.js", shards);
        Assert.Superset(shards.ToHashSet(), _cache.LastKept.ToHashSet());
        AssertSameAsFresh();
    }

    [Fact]
    public void Successive_edits_that_drop_and_add_words_keep_the_search_index_equal_to_a_fresh_one()
    {
        var first = ArticlePath(2);
        var second = ArticlePath(40);
        // Its body cut to one paragraph: the article leaves the lists of most of its words.
        Edit(first, text => text.Substring(0, text.IndexOf("\n\n", text.IndexOf("---", 3, StringComparison.Ordinal) + 5, StringComparison.Ordinal)) + "\n");
        AssertRegeneratesAsFresh(reusesModel: true);

        // Another article takes words of the first one's title, then the first one gets its words back.
        var titleWords = _articles.Single(a => a.Path == first).Title!;
        Edit(second, text => text + "\n" + titleWords + ".\n");
        Generate("site", _cache);
        AssertSameAsFresh();
        Edit(first, text => text + "\nNilfirpis sur rasstun, said the minister.\n" + File.ReadAllText(Path.Combine(_content, second)).Split("---")[2]);
        AssertRegeneratesAsFresh(reusesModel: true);
    }

    [Fact]
    public void Every_body_changed_keeps_the_model_and_gives_the_fresh_site()
    {
        // More changed articles than the search lists are patched for: they are built afresh on the kept model.
        foreach (var path in _articles.Where(a => !a.Draft).Select(a => a.Path).ToList())
        {
            Edit(path, text => text + "\nUpdated once more, with the word frobnitz.\n");
        }
        AssertRegeneratesAsFresh(reusesModel: true);
    }

    [Fact]
    public void A_body_edit_that_changes_the_word_count_updates_every_list_that_shows_it()
    {
        var path = ArticlePath(11);
        Edit(path, text => text + string.Concat(Enumerable.Repeat("\nMore words for the count. ", 40)));
        AssertRegeneratesAsFresh(reusesModel: true);
    }

    [Theory]
    [InlineData("title: ", "title: Retitled ")]
    [InlineData("summary: ", "summary: A changed summary. ")]
    [InlineData("published: 20", "published: 19")]
    [InlineData("published: ", "updated: 2026-01-02\npublished: ")]
    public void A_metadata_edit_builds_the_model_afresh(string find, string replace)
    {
        var path = ArticlePath(3);
        Edit(path, text => ReplaceFirst(text, find, replace));
        AssertRegeneratesAsFresh(reusesModel: false);
    }

    [Fact]
    public void Two_authors_and_one_author_whose_name_holds_a_separator_are_different_inputs()
    {
        var path = ArticlePath(4);
        Edit(path, text => System.Text.RegularExpressions.Regex.Replace(text, "authors: .*", "authors: [Ann, Bob]"));
        Generate("site", _cache);
        Assert.False(_cache.LastReusedModel);

        // YAML can escape any character into a name: the two lists must still not read the same.
        Edit(path, text => text.Replace("authors: [Ann, Bob]", "authors: [\"Ann\\x02Bob\"]", StringComparison.Ordinal));
        Assert.Equal(["Ann\u0002Bob"], _articles.Single(a => a.Path == path).Authors);
        AssertRegeneratesAsFresh(reusesModel: false);
    }

    [Fact]
    public void A_changed_registry_builds_the_model_afresh()
    {
        var sources = Path.Combine(_content, "sources.yml");
        var text = File.ReadAllText(sources);
        var name = text.IndexOf("name: ", StringComparison.Ordinal);
        Assert.True(name >= 0, "the generated sources.yml names its sources");
        File.WriteAllText(sources, text.Insert(name + "name: ".Length, "Renamed "));
        (_project, _articles, _) = SiteBuilder.Load(_content);
        AssertRegeneratesAsFresh(reusesModel: false);
    }

    [Fact]
    public void A_deleted_article_builds_the_model_afresh()
    {
        var path = ArticlePath(5);
        File.Delete(Path.Combine(_content, path));
        _articles = _articles.Where(a => a.Path != path).ToList();
        AssertRegeneratesAsFresh(reusesModel: false);
    }

    [Fact]
    public void Between_generations_the_kept_model_holds_no_article()
    {
        var view = _cache.Model!.Model.ByPath[0];

        Assert.Throws<InvalidOperationException>(() => view.Article);
    }

    [Fact]
    public void A_generation_that_fails_after_reusing_the_model_drops_it_and_lets_go_of_the_articles()
    {
        var view = _cache.Model!.Model.ByPath[0];
        Edit(ArticlePath(7), text => text + "\nAn edit whose build is cancelled.\n");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => SiteGenerator.Generate(_project, _articles, Options("site", _cache), cancelled.Token));

        Assert.Null(_cache.Model);
        Assert.Throws<InvalidOperationException>(() => view.Article);
        AssertRegeneratesAsFresh(reusesModel: false);
    }

    private string ArticlePath(int index) => _articles.Where(a => !a.Draft).OrderBy(a => a.Path, StringComparer.Ordinal).ElementAt(index).Path;

    /// <summary>Edits one article on disk and hands the generation the other articles' parses unchanged, as the build
    /// server's article cache does.</summary>
    private void Edit(string path, Func<string, string> change)
    {
        var file = Path.Combine(_content, path);
        File.WriteAllText(file, change(File.ReadAllText(file)));
        var reloaded = SiteBuilder.Load(_content).Articles.Single(a => a.Path == path);
        _articles = _articles.Select(a => a.Path == path ? reloaded : a).ToList();
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is in the article");
        return text.Substring(0, at) + replace + text.Substring(at + find.Length);
    }

    /// <summary>Generates the site with the cache, checks whether it kept the model, and compares the site byte for
    /// byte with a generation without cache.</summary>
    private void AssertRegeneratesAsFresh(bool reusesModel)
    {
        Generate("site", _cache);
        Assert.Equal(reusesModel, _cache.LastReusedModel);
        AssertSameAsFresh();
    }

    private void AssertSameAsFresh()
    {
        Generate("fresh", cache: null);
        DirectoryAssert.SameFiles(Path.Combine(_work.FullPath, "fresh"), Path.Combine(_work.FullPath, "site"));
    }

    private void Generate(string folder, PageCache? cache) => SiteGenerator.Generate(_project, _articles, Options(folder, cache));

    private SiteOptions Options(string folder, PageCache? cache) => new(Path.Combine(_work.FullPath, folder))
    {
        ManifestPath = Path.Combine(_work.FullPath, "obj", folder + ".manifest"),
        Rules = SiteBuilder.RuleDescriptors(),
        PageCache = cache,
    };
}
