using System.IO.Hashing;

namespace ContentCheck.Site.Output;

/// <summary>A write-only stream that passes bytes on and hashes them on the way (<see cref="SiteOutput.Hash"/>'s
/// hash), so a streamed file is hashed without reading it back.</summary>
internal sealed class HashingStream(Stream inner) : Stream
{
    private readonly XxHash128 _hash = new();
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position { get => _length; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        _hash.Append(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
        _length += count;
    }

    public override void Flush() => inner.Flush();

    /// <summary>The hash of everything written, as lower-case hex.</summary>
    public string Finish() => SiteOutput.ToHex(_hash.GetHashAndReset());

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
