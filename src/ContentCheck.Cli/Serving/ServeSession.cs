using System.Globalization;
using ContentCheck.Build;
using ContentCheck.Cli.Checking;
using ContentCheck.Cli.Reporting;

namespace ContentCheck.Cli.Serving;

/// <summary>The settings of <c>contentcheck serve</c>.</summary>
/// <param name="Port">The port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="OutputDirectory">Where the site is written; null: a temporary folder, deleted on exit.</param>
/// <param name="Now">A pinned clock, or null.</param>
/// <param name="Quiet">How long files must stay unchanged before a rebuild.</param>
internal sealed record ServeSettings(int Port, string? OutputDirectory, DateTimeOffset? Now, TimeSpan Quiet);

/// <summary>
/// One <c>contentcheck serve</c>: validate and build the site, serve it, rebuild on every change until cancelled.
/// A build with errors prints them and leaves the last good site in place (still served).
/// </summary>
internal sealed class ServeSession
{
    private readonly CliConsole _console;
    private readonly ContentFolder _folder;
    private readonly ServeSettings _settings;
    private readonly TaskCompletionSource<Uri> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _output;

    public ServeSession(CliConsole console, ContentFolder folder, ServeSettings settings)
    {
        _console = console;
        _folder = folder;
        _settings = settings;
        _output = Path.GetFullPath(settings.OutputDirectory
            ?? Path.Combine(Path.GetTempPath(), "contentcheck-serve", Guid.NewGuid().ToString("N"), "site"));
    }

    /// <summary>The folder the site is written to (a temporary one unless <c>--output</c> was given).</summary>
    public string OutputDirectory => _output;

    /// <summary>Completes with the site's address once the first build is done and requests are answered.</summary>
    public Task<Uri> Started => _started.Task;

    /// <summary>Raised after every build (on the session's thread), for tests and hosts that wait for a rebuild.</summary>
    public event Action<BuildOutcome>? Built;

    /// <summary>Serves until <paramref name="cancellationToken"/> is cancelled; returns the exit code.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var ownsOutput = _settings.OutputDirectory is null;
        var output = _output;
        CheckOutput(output);

        using var gate = new BuildGate();
        try
        {
            using var server = StaticFileServer.Start(output, _settings.Port, gate, NoSiteMessage);
            // Started before the first build, so an edit made while it runs is not lost.
            using var watcher = new ContentWatcher(_folder.Root, path => IsOutput(output, path), _settings.Quiet);
            var rebuilder = new SiteRebuilder(_folder, output, server.Address.AbsoluteUri, _settings.Now, gate);

            Report(rebuilder.Build(cancellationToken));
            var serving = server.RunAsync(cancellationToken);
            _console.Out.WriteLine($"Serving {server.Address} (site in {output}); watching {_folder.Root} for changes. Press Ctrl+C to stop.");
            _started.TrySetResult(server.Address);

            try
            {
                while (true)
                {
                    var changed = await watcher.WaitForChangeAsync(cancellationToken).ConfigureAwait(false);
                    _console.Out.WriteLine($"Changed: {Describe(changed.Where(Worth).ToList())}; rebuilding.");
                    Report(rebuilder.Build(cancellationToken));
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
            }
            await serving.ConfigureAwait(false);
            _console.Out.WriteLine("Stopped.");
            return ExitCodes.Clean;
        }
        catch (Exception ex)
        {
            _started.TrySetException(ex);
            throw;
        }
        finally
        {
            if (ownsOutput)
            {
                DeleteTemporary(Path.GetDirectoryName(output)!);
            }
        }
    }

    private void Report(BuildOutcome outcome)
    {
        TextReport.Write(_console.Out, outcome.Shown, DisplayPaths.Create(_folder.Root, Environment.CurrentDirectory));
        _console.Out.WriteLine(Summary.Format(outcome.Articles, outcome.Errors, outcome.Warnings, outcome.Elapsed));
        if (outcome.Site is { } site)
        {
            _console.Out.WriteLine(string.Format(CultureInfo.InvariantCulture, "Site: {0:N0} pages, {1:N0} files in {2:0.00} s.",
                site.PageCount, site.FilesWritten, site.Elapsed.TotalSeconds));
        }
        else
        {
            var why = outcome.SiteError is { } error ? error.Message : $"fix the {(outcome.Errors == 1 ? "error" : "errors")} above";
            // A site from an earlier session in --output counts as the last good one too.
            var serving = File.Exists(Path.Combine(_output, "index.html"));
            _console.Out.WriteLine($"Site not rebuilt: {why}. {(serving ? "Still serving the last good site." : "Nothing to serve until it builds.")}");
        }
        Built?.Invoke(outcome);
    }

    private string NoSiteMessage() =>
        "ContentCheck has no site to serve yet: the content has errors (see the terminal running 'contentcheck serve'). Fix them and save; the site is rebuilt on every change.";

    private void CheckOutput(string output)
    {
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var root = _folder.Root.TrimEnd(Path.DirectorySeparatorChar);
        var trimmed = output.TrimEnd(Path.DirectorySeparatorChar);
        // The site replaces its folder as a whole: never the repo or a folder that holds it.
        if (string.Equals(trimmed, root, comparison) || root.StartsWith(trimmed + Path.DirectorySeparatorChar, comparison))
        {
            throw new CommandLineException($"--output '{_settings.OutputDirectory}' is the content repo or a folder that holds it; the site replaces its folder as a whole. Choose a folder of its own, e.g. --output artifacts/serve.");
        }
        if (File.Exists(output))
        {
            throw new CommandLineException($"--output '{_settings.OutputDirectory}' is a file; choose a folder, e.g. --output artifacts/serve.");
        }
    }

    // The output folder and the generator's two siblings (<output>.tmp-*, <output>.old-*).
    private static bool IsOutput(string output, string path)
    {
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return path.StartsWith(output, comparison)
            && (path.Length == output.Length || path[output.Length] is '.' || path[output.Length] == Path.DirectorySeparatorChar);
    }

    // An editor's or sed's temporary file that is gone again is noise; a deleted article or registry is news.
    private bool Worth(string path) =>
        File.Exists(_folder.FullPath(path)) || Directory.Exists(_folder.FullPath(path))
        || Path.GetExtension(path) is ".md" or ".yml" or ".yaml" or ".editorconfig" or ".sbn" or ".css" or ".js";

    private static string Describe(IReadOnlyList<string> changed) =>
        changed.Count switch
        {
            0 => "files",
            <= 3 => string.Join(", ", changed),
            _ => string.Join(", ", changed.Take(3)) + string.Format(CultureInfo.InvariantCulture, " and {0:N0} more", changed.Count - 3),
        };

    private static void DeleteTemporary(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file still open elsewhere: the system's temp cleaning takes it later.
        }
    }
}
