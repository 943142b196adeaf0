using Xunit;

namespace ContentCheck.Testing;

/// <summary>Assertions over whole folders (generated sites).</summary>
public static class DirectoryAssert
{
    /// <summary>Both folders hold the same files (relative paths) with the same bytes; fails naming the first file that
    /// differs.</summary>
    public static void SameFiles(string expected, string actual)
    {
        var names = Files(expected);
        Assert.NotEmpty(names);
        Assert.Equal(names, Files(actual));
        foreach (var name in names)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, name))), name + " differs");
        }
    }

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
