using System.Collections.Concurrent;

namespace ContentCheck.Site.Output;

/// <summary>
/// Remembers, between generations of one site in one process (the build server's), what each article and list page
/// was rendered from: its template and its inputs (the visible fields of the articles it shows, and the engine's
/// parsed article for a body, compared by reference). A page whose inputs are unchanged, and whose file is still the
/// one the manifest records, is kept without rendering — an edit re-renders the pages that show the edited article.
/// Anything that changes every page (the theme, site.yml, the base URL, the output folder) starts the cache afresh.
/// </summary>
public sealed class PageCache
{
    private ConcurrentDictionary<string, object[]> _pages = new(StringComparer.Ordinal);
    private string? _siteKey;

    /// <summary>What each article's text gave the search index and the statistics, read once per parse.</summary>
    internal TextMemo Texts { get; private set; } = new();

    /// <summary>Each article's line of <c>corpus.jsonl</c> (metadata and plain text, UTF-8), keyed by its visible
    /// fields: writing the data file copies bytes instead of rendering every body again.</summary>
    internal DocumentMemo<byte[]> Lines { get; private set; } = new();

    /// <summary>Each article's row of <c>articles.csv</c>, keyed by its visible fields.</summary>
    internal DocumentMemo<Pages.DataFiles.CsvRowBytes> Rows { get; private set; } = new();

    /// <summary>The site model of the last generation, reused when no published article's metadata changed; null
    /// when there is none to reuse (first generation, a failure, other site-wide inputs).</summary>
    internal Pages.KeptModel? Model { get; set; }

    /// <summary>Whether the last generation reused the model of the one before (see <see cref="Pages.KeptModel"/>).</summary>
    public bool LastReusedModel { get; internal set; }

    /// <summary>The site-relative paths of the pages and files the last generation kept as published without
    /// producing them (their inputs were unchanged).</summary>
    internal IReadOnlyCollection<string> LastKept { get; set; } = [];

    /// <summary>Folders of the published site whose entries the last generation listed; the others were checked by
    /// their timestamps (see <see cref="ExistingSite.Check"/>).</summary>
    internal int LastFoldersListed { get; set; }

    /// <summary>Pages rendered by the last generation (the others were kept).</summary>
    public int LastRendered { get; internal set; }

    /// <summary>An input that stands for <paramref name="document"/>'s identity without keeping it alive: the cache
    /// must not hold the previous build's parses (a build where every file changed would hold two corpora at once).</summary>
    internal static object IdentityOf(Documents.ArticleDocument document) => Identities.GetOrAdd(document, _ => new object());

    private static readonly Documents.DocumentSlot<object> Identities = new();

    /// <summary>Starts a generation whose site-wide inputs are <paramref name="siteKey"/>, over the manifest at
    /// <paramref name="manifestPath"/>: when that file is not the one this cache's last generation wrote (another build
    /// — in MSBuild's process, or by hand — published the site since), nothing is kept, since a published page may
    /// then show other inputs than the ones remembered.</summary>
    internal void Begin(string siteKey, string? manifestPath)
    {
        SaveManifest();
        if (!string.Equals(_siteKey, siteKey, StringComparison.Ordinal))
        {
            Texts = new TextMemo();
            Lines = new DocumentMemo<byte[]>();
            Rows = new DocumentMemo<Pages.DataFiles.CsvRowBytes>();
            // The kept model's texts number their words in the vocabulary just dropped.
            Model = null;
            _siteKey = siteKey;
            _manifestStamp = null;
        }
        if (_manifestStamp is null || _manifestStamp != StampOf(manifestPath))
        {
            _pages = new ConcurrentDictionary<string, object[]>(StringComparer.Ordinal);
            _manifest = null;
        }
    }

    /// <summary>The content of the manifest file this cache's last generation saved, while that file is unchanged
    /// (checked by <see cref="Begin"/>); null otherwise.</summary>
    internal SiteManifest? KnownManifest => _manifest;

    private SiteManifest? _manifest;

    /// <summary>Whether the page at <paramref name="path"/> was rendered from exactly <paramref name="inputs"/>.</summary>
    internal bool Matches(string path, object[] inputs) =>
        _pages.TryGetValue(path, out var previous) && previous.SequenceEqual(inputs);

    /// <summary>Replaces what is remembered with the pages of a generation that was committed: only a published page
    /// may be kept later, and pages the site no longer has are forgotten. <paramref name="saveManifest"/> saves that
    /// generation's manifest: at once, or with <see cref="DeferManifestSave"/> at <see cref="SaveManifest"/>.</summary>
    internal void Commit(ConcurrentDictionary<string, object[]> published, string? manifestPath, Func<SiteManifest?> saveManifest)
    {
        _pages = published;
        _pendingSave = () =>
        {
            _manifest = saveManifest();
            _manifestStamp = StampOf(manifestPath);
        };
        if (!DeferManifestSave)
        {
            SaveManifest();
        }
    }

    /// <summary>Whether <see cref="Commit"/> leaves saving the manifest to <see cref="SaveManifest"/>: the build server
    /// saves it after answering the build (3 MB for 10,000 articles, 30 MB for 100,000), where nobody waits for it.
    /// The next generation saves it first if the owner did not.</summary>
    public bool DeferManifestSave { get; init; }

    /// <summary>Saves the manifest of the last committed generation, if it is not saved yet. A deferred save that fails
    /// has nobody to report to and is not the build's failure (it has succeeded): the cache stops trusting the file, and
    /// the next generation compares bytes.</summary>
    public void SaveManifest()
    {
        var save = _pendingSave;
        _pendingSave = null;
        if (save is null)
        {
            return;
        }
        try
        {
            save();
        }
        catch (Exception ex) when (DeferManifestSave && ex is not OutOfMemoryException)
        {
            _manifest = null;
            _manifestStamp = null;
        }
    }

    private Action? _pendingSave;

    private (long Length, long Ticks)? _manifestStamp;

    private static (long Length, long Ticks)? StampOf(string? path)
    {
        if (path is null)
        {
            return null;
        }
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    /// <summary>Forgets everything, after a generation that failed: its pages may not match the published files.</summary>
    internal void Clear()
    {
        _pendingSave = null;
        _pages = new ConcurrentDictionary<string, object[]>(StringComparer.Ordinal);
        // Detached as well as dropped: whatever still holds the model must not keep this build's parses alive.
        Model?.Detach();
        Model = null;
        _manifest = null;
        _manifestStamp = null;
    }
}
