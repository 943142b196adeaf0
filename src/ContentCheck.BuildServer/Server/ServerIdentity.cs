using System.Security.Cryptography;
using System.Text;

namespace ContentCheck.Build.Server;

/// <summary>
/// Names the build server's pipe after the user and the exact build of the server: a rebuilt or upgraded ContentCheck
/// talks to a server of its own build, never to an older one that would analyze differently (the old one idles out).
/// </summary>
public static class ServerIdentity
{
    /// <summary>The server assembly this process would start: the one beside the build library.</summary>
    public static string ServerAssemblyPath => typeof(ServerIdentity).Assembly.Location;

    /// <summary>The pipe name for this build of the server and this user. Short: on Unix it becomes a socket path,
    /// which may not exceed about 100 characters.</summary>
    public static string PipeName()
    {
        // Every ContentCheck assembly the server runs: a rebuilt engine or site generator alone (reference assemblies
        // spare the server's own dll a rebuild) must also get a server of its own.
        var identity = string.Join("\n", Environment.UserName, ServerAssemblyPath,
            typeof(ServerIdentity).Assembly.ManifestModule.ModuleVersionId.ToString(),
            typeof(ContentCheck.Analysis.AnalysisRunner).Assembly.ManifestModule.ModuleVersionId.ToString(),
            typeof(ContentCheck.Site.SiteGenerator).Assembly.ManifestModule.ModuleVersionId.ToString());
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        return "contentcheck-" + Convert.ToHexString(hash, 0, 8).ToLowerInvariant();
    }
}
