using System.Reflection;

namespace ContentCheck.Cli.Reporting;

/// <summary>The tool's version as a SARIF log names it: the package version, without the source revision.</summary>
internal static class ToolVersion
{
    public static string Current { get; } = Read();

    private static string Read()
    {
        var informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(ToolVersion).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
