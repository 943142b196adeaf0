using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ContentCheck.Build.Protocol;

/// <summary>The messages of the task–server conversation, serialized without reflection (the task pays no
/// serializer warm-up in MSBuild's process).</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BuildRequest))]
[JsonSerializable(typeof(AnalyzeResponse))]
[JsonSerializable(typeof(CompleteRequest))]
[JsonSerializable(typeof(CompleteResponse))]
internal sealed partial class WireJson : JsonSerializerContext;

/// <summary>
/// Framing on the pipe: a 4-byte little-endian length, then that many bytes of UTF-8 JSON. A frame larger than
/// <see cref="MaximumFrameBytes"/> or a stream that ends mid-frame is a broken conversation (an
/// <see cref="IOException"/>), never a partial message.
/// </summary>
internal static class Wire
{
    /// <summary>A frame's upper bound: the diagnostics of a very large corpus fit many times over.</summary>
    public const int MaximumFrameBytes = 512 * 1024 * 1024;

    public static void Write<T>(Stream stream, T value, JsonTypeInfo<T> type)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, type);
        var header = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, body.Length);
        stream.Write(header, 0, 4);
        stream.Write(body, 0, body.Length);
        stream.Flush();
    }

    public static T Read<T>(Stream stream, JsonTypeInfo<T> type)
    {
        var header = new byte[4];
        ReadExactly(stream, header);
        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length is < 0 or > MaximumFrameBytes)
        {
            throw new IOException($"the other side sent a frame of {length} bytes, which is not a ContentCheck message");
        }
        var body = new byte[length];
        ReadExactly(stream, body);
        try
        {
            return JsonSerializer.Deserialize(body, type) ?? throw new IOException("the other side sent an empty message");
        }
        catch (JsonException ex)
        {
            throw new IOException("the other side sent a message that is not valid: " + ex.Message, ex);
        }
    }

    private static void ReadExactly(Stream stream, byte[] buffer)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                throw new EndOfStreamException("the conversation ended in the middle of a message");
            }
            read += n;
        }
    }
}
