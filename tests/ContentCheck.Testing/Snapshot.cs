using System.Runtime.CompilerServices;
using Xunit;

namespace ContentCheck.Testing;

/// <summary>
/// Snapshot testing in Verify's convention (Verify itself is not on this machine's NuGet copy): the expected text
/// is <c>Class.Method.verified.txt</c> beside the test file; on a mismatch the actual text is written to
/// <c>Class.Method.received.txt</c> beside it and the test fails with a diff hint. Set <c>VERIFY_ACCEPT=1</c>
/// to accept every received text (the file is written as verified).
/// </summary>
public static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with the verified file of the calling test.</summary>
    public static void Verify(string actual, string? name = null, string extension = "txt",
        [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
    {
        var directory = Path.GetDirectoryName(testFile)!;
        var stem = $"{Path.GetFileNameWithoutExtension(testFile)}.{name ?? testMethod}";
        var verified = Path.Combine(directory, $"{stem}.verified.{extension}");
        var received = Path.Combine(directory, $"{stem}.received.{extension}");
        var normalized = actual.Replace("\r\n", "\n");
        if (!normalized.EndsWith('\n'))
        {
            normalized += "\n";
        }

        if (Environment.GetEnvironmentVariable("VERIFY_ACCEPT") == "1")
        {
            File.WriteAllText(verified, normalized);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == normalized)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, normalized);
        Assert.Fail(expected is null
            ? $"No snapshot yet. Review {received} and rename it to {Path.GetFileName(verified)} (or run with VERIFY_ACCEPT=1)."
            : $"Snapshot differs. Compare:\n  diff {verified} {received}\nAccept with VERIFY_ACCEPT=1 when the change is intended.");
    }
}
