using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ContentCheck.Caching;

/// <summary>
/// A hash of everything a run's result depends on: the tool's build, the options, the content repo's configuration
/// files (their bytes) and the article files (path, size and modification time — reading 10,000 files just to learn
/// that nothing changed would cost more than the check). Equal fingerprints mean the previous result still holds.
/// </summary>
public sealed class BuildFingerprint
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Adds a named value (an option, a version).</summary>
    public BuildFingerprint Add(string name, string? value)
    {
        Append(name);
        Append(value ?? "\0null");
        return this;
    }

    /// <summary>Adds a file's full contents (configuration files: small, and a touch without a change must not matter).</summary>
    public BuildFingerprint AddFileContents(string label, string path)
    {
        Append(label);
        if (File.Exists(path))
        {
            var bytes = File.ReadAllBytes(path);
            Append(bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _hash.AppendData(bytes);
        }
        else
        {
            Append("\0missing");
        }
        return this;
    }

    /// <summary>Adds a file's identity: path, size and last write time.</summary>
    public BuildFingerprint AddFileStamp(string label, string path)
    {
        var info = new FileInfo(path);
        Append(label);
        Append(info.Exists
            ? info.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + info.LastWriteTimeUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "\0missing");
        return this;
    }

    /// <summary>Adds many files' identities (path, size, last write time) at once, hashed in one block, since a no-op
    /// build of 10,000 articles spends most of its time here. The block is written in place (no array per path): in
    /// MSBuild's cold process, allocating and copying 30,000 small arrays cost twice as long as the 10,000 stats.</summary>
    public BuildFingerprint AddFileStamps(ArticleStamps stamps)
    {
        var paths = stamps.Paths;
        var lengths = stamps.Lengths;
        var ticks = stamps.Ticks;
        var size = 0;
        foreach (var path in paths)
        {
            size += Encoding.UTF8.GetByteCount(path) + 1 + 16;
        }
        var block = new byte[size];
        var at = 0;
        for (var i = 0; i < paths.Count; i++)
        {
            at += Encoding.UTF8.GetBytes(paths[i], 0, paths[i].Length, block, at);
            block[at++] = 0;
            BinaryPrimitives.WriteInt64LittleEndian(block.AsSpan(at), lengths[i]);
            BinaryPrimitives.WriteInt64LittleEndian(block.AsSpan(at + 8), ticks[i]);
            at += 16;
        }
        _hash.AppendData(block, 0, at);
        return this;
    }

    /// <summary>The fingerprint as lowercase hex.</summary>
    public string Complete()
    {
        var bytes = _hash.GetHashAndReset();
        var text = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    private void Append(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        _hash.AppendData(bytes);
        _hash.AppendData(Separator);
    }

    private static readonly byte[] Separator = { 0 };
}
