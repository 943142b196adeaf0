using System.Globalization;
using System.Text;

namespace ContentCheck.Site.Output;

/// <summary>
/// What the last generation wrote: per file its SHA-256, length and timestamp. Kept by the caller outside the site
/// (in <c>obj/</c>), it lets the next generation see that a page is unchanged without reading it back: a file on disk
/// with the recorded length and timestamp holds the recorded bytes. A file edited by hand has another timestamp and
/// is compared byte by byte instead. One line per file, <c>hash length ticks path</c>, after a header naming the
/// output folder (a manifest of another folder is ignored).
/// </summary>
internal sealed class SiteManifest
{
    // 2: XXH128 file hashes (1 had SHA-256): a manifest of another version is not read, its files are compared by bytes.
    private const string Header = "contentcheck-site-manifest 2 ";

    public SiteManifest(string outputFolder, IReadOnlyDictionary<string, Entry> entries)
    {
        OutputFolder = outputFolder;
        Entries = entries;
    }

    public string OutputFolder { get; }

    public IReadOnlyDictionary<string, Entry> Entries { get; }

    /// <summary>The site's folders and their timestamps right after the commit that saved this manifest (-1: list it
    /// again), kept in memory only, for the next generation of the same process (see <see cref="ExistingSite.Check"/>);
    /// null when not remembered (a manifest read from its file).</summary>
    public IReadOnlyDictionary<string, long>? Folders { get; init; }

    /// <summary>The manifest at <paramref name="path"/> if it describes <paramref name="outputFolder"/>; null when it
    /// is missing, unreadable or about another folder (the generation then compares bytes).</summary>
    public static SiteManifest? Load(string path, string outputFolder)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (lines.Length == 0 || lines[0] != Header + outputFolder)
        {
            return null;
        }
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            var parts = lines[i].Split(new[] { ' ' }, 4);
            if (parts.Length != 4
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
            {
                return null;
            }
            entries[parts[3]] = new Entry(parts[0], length, ticks);
        }
        return new SiteManifest(outputFolder, entries);
    }

    /// <summary>Writes the manifest through a temporary file, so a crash never leaves half of one.</summary>
    public void Save(string path)
    {
        // Sorted once, streamed line by line: the manifest of 20,000 files is saved on every build that changed one.
        var paths = Entries.Keys.ToArray();
        Array.Sort(paths, StringComparer.Ordinal);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write(Header);
            writer.Write(OutputFolder);
            writer.Write('\n');
            foreach (var file in paths)
            {
                var entry = Entries[file];
                writer.Write(entry.Hash);
                writer.Write(' ');
                writer.Write(entry.Length.ToString(CultureInfo.InvariantCulture));
                writer.Write(' ');
                writer.Write(entry.LastWriteTicks.ToString(CultureInfo.InvariantCulture));
                writer.Write(' ');
                writer.Write(file);
                writer.Write('\n');
            }
        }
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        File.Move(temp, path);
    }

    /// <summary>One file as last written.</summary>
    public sealed record Entry(string Hash, long Length, long LastWriteTicks);
}
