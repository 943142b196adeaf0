namespace ContentCheck.Testing;

/// <summary>Paths in this repository, found from the test assembly's location (artifacts/bin/...) upwards.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root: the folder that holds ContentCheck.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The embedded content repo.</summary>
    public static string Content => Path.Combine(Root, "content");

    /// <summary>Test fixtures shared by the test projects.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "Fixtures");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ContentCheck.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("ContentCheck.sln not found above " + AppContext.BaseDirectory);
    }
}
