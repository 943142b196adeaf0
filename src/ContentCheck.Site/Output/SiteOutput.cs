using System.Security.Cryptography;
using System.Text;

namespace ContentCheck.Site.Output;

/// <summary>
/// Writes the site atomically: every file goes into a fresh sibling folder (<c>&lt;output&gt;.tmp-&lt;random&gt;</c>);
/// <see cref="Commit"/> moves the previous site away, moves the new one in and deletes the old one. Until then the
/// previous site is untouched, and disposing without a commit deletes the temporary folder. Nothing is written or
/// deleted outside the output folder and its two siblings.
/// </summary>
internal sealed class SiteOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _final;
    private readonly string _temp;
    private bool _committed;

    private SiteOutput(string final, string temp)
    {
        _final = final;
        _temp = temp;
    }

    /// <summary>Files written so far.</summary>
    public int FilesWritten { get; private set; }

    /// <summary>Bytes written so far.</summary>
    public long TotalBytes { get; private set; }

    /// <summary>Starts a site in <paramref name="outputDirectory"/>.</summary>
    /// <exception cref="SiteGenerationException">The folder cannot hold a site (a file, a drive root, the content
    /// repo itself or one of its parents: replacing it would delete the articles).</exception>
    public static SiteOutput Begin(string outputDirectory, string contentRoot)
    {
        var final = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var content = Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (final.Length == 0 || Path.GetPathRoot(final + Path.DirectorySeparatorChar) == final + Path.DirectorySeparatorChar)
        {
            throw new SiteGenerationException("the site output folder cannot be the root of a drive; choose a folder of its own, e.g. 'artifacts/site'", outputDirectory);
        }
        if (IsSameOrParent(final, content))
        {
            throw new SiteGenerationException($"the site output folder is the content repo or a parent of it ({content}); the site replaces its output folder as a whole, so choose a folder of its own, e.g. 'artifacts/site'", outputDirectory);
        }
        if (File.Exists(final))
        {
            throw new SiteGenerationException("the site output path is a file, not a folder; remove it or choose another path", outputDirectory);
        }
        var temp = final + ".tmp-" + RandomSuffix();
        Directory.CreateDirectory(temp);
        return new SiteOutput(final, temp);
    }

    /// <summary>Writes a UTF-8 text file (no byte order mark) at a site-relative path.</summary>
    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8.GetBytes(text));

    /// <summary>Writes a file at a site-relative path (<c>/</c> separators).</summary>
    public void WriteBytes(string relativePath, byte[] content)
    {
        var path = Resolve(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        FilesWritten++;
        TotalBytes += content.Length;
    }

    /// <summary>Swaps the new site in.</summary>
    public void Commit()
    {
        string? old = null;
        if (Directory.Exists(_final))
        {
            old = _final + ".old-" + RandomSuffix();
            Directory.Move(_final, old);
        }
        try
        {
            Directory.Move(_temp, _final);
        }
        catch
        {
            if (old is not null)
            {
                Directory.Move(old, _final);
            }
            throw;
        }
        _committed = true;
        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>Deletes the temporary folder unless the site was committed.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(_temp))
        {
            Directory.Delete(_temp, recursive: true);
        }
    }

    /// <summary>The full path of a site-relative path, refused when it would leave the site (an absolute path,
    /// <c>..</c>): the second guard behind <see cref="SitePaths.Segment"/>.</summary>
    private string Resolve(string relativePath)
    {
        if (relativePath.Length == 0 || Path.IsPathRooted(relativePath) || relativePath.Split('/').Any(p => p is "" or "." or ".."))
        {
            throw new InvalidOperationException($"refusing to write '{relativePath}': not a plain path inside the site");
        }
        var full = Path.GetFullPath(Path.Combine(_temp, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        if (!full.StartsWith(_temp + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write '{relativePath}': it resolves outside the site folder");
        }
        return full;
    }

    private static bool IsSameOrParent(string candidate, string path)
    {
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(candidate, path, comparison) || path.StartsWith(candidate + Path.DirectorySeparatorChar, comparison);
    }

    private static string RandomSuffix()
    {
        var bytes = new byte[6];
        using (var rng = RandomNumberGenerator.Create())
        {
            rng.GetBytes(bytes);
        }
        return string.Concat(bytes.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
