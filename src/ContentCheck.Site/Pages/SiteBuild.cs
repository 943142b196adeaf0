using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using ContentCheck.Site.Output;
using ContentCheck.Site.Rendering;

namespace ContentCheck.Site.Pages;

/// <summary>
/// What every stage of a generation shares: the model, the renderer, the output and the options. Stages only plan:
/// they add pages and files, in a deterministic order, and <see cref="Run"/> then produces them all in parallel on
/// every core. Each job's bytes depend on nothing but the model, so the site is the same whatever the scheduling.
/// </summary>
internal sealed class SiteBuild(SiteModel model, PageRenderer renderer, SiteOutput output, ThemeFiles theme, SiteOptions options, CancellationToken cancellationToken)
{
    private readonly List<Action> _files = new();
    private readonly List<Action> _pages = new();

    public SiteModel Model => model;

    public SiteOutput Output => output;

    public ThemeFiles Theme => theme;

    public SiteOptions Options => options;

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>HTML pages planned so far.</summary>
    public int PageCount => PagePaths.Count;

    /// <summary>The site-relative paths of the HTML pages planned so far, in planning order.</summary>
    public List<string> PagePaths { get; } = new();

    /// <summary>Plans an HTML page; <paramref name="variables"/> runs when the page renders, on any thread, so the
    /// costly part of a page (a body, a slice of a list) is built in parallel and dropped right after.</summary>
    public void AddPage(string template, PageInfo page, Func<IReadOnlyDictionary<string, object?>> variables) =>
        AddPage(template, page, variables, inputs: null);

    /// <summary>Plans an HTML page whose bytes depend on nothing but the site-wide inputs and <paramref name="inputs"/>
    /// (compared with <see cref="object.Equals(object)"/>): with a <see cref="SiteOptions.PageCache"/> that rendered it
    /// from equal inputs, the published file is kept without rendering.</summary>
    public void AddPage(string template, PageInfo page, Func<IReadOnlyDictionary<string, object?>> variables, object[]? inputs)
    {
        PagePaths.Add(page.Path);
        object[]? key = inputs is null ? null : [template, page, .. inputs];
        _pages.Add(() =>
        {
            if (TryKeep(page.Path, key))
            {
                return;
            }
            output.WriteBytes(page.Path, renderer.RenderUtf8(template, page.Path, page, variables()));
            Interlocked.Increment(ref _renderedCount);
            Remember(page.Path, key);
        });
    }

    /// <summary>Plans a file (not a page) at <paramref name="path"/> whose bytes depend on nothing but the site-wide
    /// inputs and what <paramref name="inputs"/> returns (compared with <see cref="object.Equals(object)"/>): with a
    /// <see cref="SiteOptions.PageCache"/> that produced it from equal inputs, the published file is kept without
    /// producing it. Both run when the file is produced, on any thread; <paramref name="write"/> gets the inputs.</summary>
    public void AddFile<T>(string path, Func<T> inputs, Action<T> write) where T : notnull => _files.Add(() =>
    {
        var current = inputs();
        object[] key = [current];
        if (TryKeep(path, key))
        {
            return;
        }
        write(current);
        Remember(path, key);
    });

    /// <summary>Keeps the published file at <paramref name="path"/> when the cache produced it from
    /// <paramref name="key"/> and it is still intact; then it is remembered for the next generation too.</summary>
    private bool TryKeep(string path, object[]? key)
    {
        if (key is not null && options.PageCache is { } cache && cache.Matches(path, key) && output.TryKeep(path))
        {
            Rendered.TryAdd(path, key);
            Kept.Add(path);
            return true;
        }
        return false;
    }

    private void Remember(string path, object[]? key)
    {
        if (key is not null)
        {
            Rendered.TryAdd(path, key);
        }
    }

    /// <summary>The inputs of every cacheable page and file of this generation, for <see cref="SiteOptions.PageCache"/>.</summary>
    public ConcurrentDictionary<string, object[]> Rendered { get; } = new(StringComparer.Ordinal);

    /// <summary>The pages and files kept as published, without producing them.</summary>
    public ConcurrentBag<string> Kept { get; } = new();

    /// <summary>Pages actually rendered (not kept).</summary>
    public int RenderedCount => _renderedCount;

    private int _renderedCount;

    /// <summary>Plans an HTML page whose variables are ready.</summary>
    public void AddPage(string template, PageInfo page, IReadOnlyDictionary<string, object?> variables) =>
        AddPage(template, page, () => variables);

    /// <summary>Plans a file that is not a page (an asset, a feed, a data file): <paramref name="write"/> produces it
    /// through <see cref="Output"/>.</summary>
    public void AddFile(Action write) => _files.Add(write);

    /// <summary>Produces every planned file and page on all cores: files first (the large ones take longest), then the
    /// pages in planning order. The first failure, in planning order among those seen, stops the run and is rethrown.</summary>
    public void Run()
    {
        var jobs = _files.Concat(_pages).ToList();
        var failures = new ConcurrentBag<(int Index, Exception Error)>();
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        // No buffering: each thread takes the next job when it is free, so one slow job never holds a chunk of others.
        var partitioner = Partitioner.Create(Enumerable.Range(0, jobs.Count), EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(partitioner, parallel, (index, state) =>
        {
            try
            {
                jobs[index]();
            }
            catch (Exception ex)
            {
                failures.Add((index, ex));
                state.Stop();
            }
        });
        if (!failures.IsEmpty)
        {
            ExceptionDispatchInfo.Capture(failures.OrderBy(f => f.Index).First().Error).Throw();
        }
    }
}
