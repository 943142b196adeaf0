namespace ContentCheck.Testing;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TemporaryDirectory()
    {
        FullPath = Path.Combine(Path.GetTempPath(), "contentcheck-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(FullPath);
    }

    /// <summary>The folder.</summary>
    public string FullPath { get; }

    /// <summary>Writes a file (UTF-8, no BOM) at a relative path, creating folders.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(FullPath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Copies a folder's files into this one.</summary>
    public void CopyFrom(string source, string relativeTarget = "")
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }
            var target = Path.Combine(FullPath, relativeTarget, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(FullPath, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file must not fail the test that already passed.
        }
    }
}
