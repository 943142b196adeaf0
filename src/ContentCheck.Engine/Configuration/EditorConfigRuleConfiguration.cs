using System.Collections.Concurrent;
using ContentCheck.Analysis;
using ContentCheck.Diagnostics;

namespace ContentCheck.Configuration;

/// <summary>
/// Severities and rule options from <c>.editorconfig</c> files, applied to an article as the C# compiler applies
/// them to a source file: every <c>.editorconfig</c> from the file's folder upwards (past the content root) until
/// one says <c>root = true</c>; nearer files win over farther ones, later sections over earlier ones. For a rule,
/// <c>dotnet_diagnostic.&lt;id&gt;.severity</c> beats <c>dotnet_analyzer_diagnostic.category-&lt;Category&gt;.severity</c>,
/// which beats <c>dotnet_analyzer_diagnostic.severity</c>; the last two touch only rules enabled by default.
/// Options are <c>contentcheck.&lt;id&gt;.&lt;key&gt; = value</c>.
/// </summary>
/// <remarks>Each folder's file is read and parsed once, and each article's resolved options are computed once,
/// so 10,000 articles cost a few files and one glob match per section and article. Thread-safe.</remarks>
public sealed class EditorConfigRuleConfiguration : IRuleConfiguration
{
    /// <summary>The file name searched in each folder.</summary>
    public const string FileName = ".editorconfig";

    private const string DiagnosticPrefix = "dotnet_diagnostic.";
    private const string SeveritySuffix = ".severity";

    private readonly string _contentRoot;
    private readonly ConcurrentDictionary<string, EditorConfigFile?> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<EditorConfigFile>> _chains = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ResolvedOptions> _options = new(StringComparer.Ordinal);

    // Most articles match the same sections: they share one ResolvedOptions (and its severity cache), keyed by
    // the identities of the matched sections, as the compiler shares its per-file options.
    private readonly ConcurrentDictionary<string, ResolvedOptions> _bySections = new(StringComparer.Ordinal);

    /// <summary>Reads configuration for articles under <paramref name="contentRoot"/> (an absolute or relative folder).</summary>
    public EditorConfigRuleConfiguration(string contentRoot) => _contentRoot = Path.GetFullPath(contentRoot);

    /// <inheritdoc />
    public DiagnosticSeverity? GetSeverity(DiagnosticDescriptor descriptor, string path)
    {
        var options = OptionsFor(path);
        return options.Severities.GetOrAdd(descriptor, d => Compute(options, d));
    }

    private static DiagnosticSeverity? Compute(ResolvedOptions options, DiagnosticDescriptor descriptor)
    {
        if (options.RuleSeverities.TryGetValue(descriptor.Id, out var byId))
        {
            return EditorConfigSeverity.Apply(byId, descriptor);
        }
        // Bulk settings never switch on a rule that is off by default; that needs its id (as in the compiler).
        if (descriptor.IsEnabledByDefault)
        {
            if (options.Values.TryGetValue($"dotnet_analyzer_diagnostic.category-{descriptor.Category}.severity", out var byCategory)
                && EditorConfigSeverity.TryParse(byCategory, out var categorySetting))
            {
                return EditorConfigSeverity.Apply(categorySetting, descriptor);
            }
            if (options.Values.TryGetValue("dotnet_analyzer_diagnostic.severity", out var forAll)
                && EditorConfigSeverity.TryParse(forAll, out var allSetting))
            {
                return EditorConfigSeverity.Apply(allSetting, descriptor);
            }
        }
        return EditorConfigSeverity.Apply(EditorConfigSeverity.Setting.Default, descriptor);
    }

    /// <inheritdoc />
    public string? GetOption(string ruleId, string key, string path) =>
        OptionsFor(path).Values.TryGetValue($"contentcheck.{ruleId}.{key}", out var value) ? value : null;

    /// <summary>The <c>.editorconfig</c> files that apply to <paramref name="path"/>, farthest first. A build cache
    /// keys on their contents: changing one changes the severities of the articles below it.</summary>
    public IReadOnlyList<string> GetConfigurationFiles(string path) =>
        ChainFor(Path.GetDirectoryName(FullPathOf(path)) ?? _contentRoot).Select(f => f.FullPath).ToList();

    private ResolvedOptions OptionsFor(string path) => _options.GetOrAdd(path, Resolve);

    private ResolvedOptions Resolve(string path)
    {
        var fullPath = FullPathOf(path);
        var normalized = fullPath.Replace('\\', '/');
        var matched = new List<EditorConfigSection>();
        var key = new System.Text.StringBuilder();
        foreach (var file in ChainFor(Path.GetDirectoryName(fullPath) ?? _contentRoot))
        {
            // The compiler matches "/<path below the file's folder>"; a root folder ("/" or "C:/") keeps its slash.
            var relative = normalized.Substring(file.Directory.EndsWith("/", StringComparison.Ordinal) ? file.Directory.Length - 1 : file.Directory.Length);
            foreach (var section in file.Sections)
            {
                if (section.Glob?.IsMatch(relative) == true)
                {
                    matched.Add(section);
                    key.Append(file.FullPath).Append('#').Append(section.Line).Append('\n');
                }
            }
        }
        return _bySections.GetOrAdd(key.ToString(), _ =>
        {
            var resolved = new ResolvedOptions();
            foreach (var property in matched.SelectMany(s => s.Properties))
            {
                resolved.Add(property);
            }
            return resolved;
        });
    }

    private string FullPathOf(string path) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(_contentRoot, path));

    /// <summary>The files that apply in <paramref name="directory"/>, farthest first, stopping at a root file.</summary>
    private IReadOnlyList<EditorConfigFile> ChainFor(string directory) => _chains.GetOrAdd(directory, dir =>
    {
        var own = FileIn(dir);
        if (own is { IsRoot: true })
        {
            return new[] { own };
        }
        var parent = Path.GetDirectoryName(dir);
        var chain = parent is null ? new List<EditorConfigFile>() : ChainFor(parent).ToList();
        if (own is not null)
        {
            chain.Add(own);
        }
        return chain;
    });

    private EditorConfigFile? FileIn(string directory) => _files.GetOrAdd(directory, dir =>
    {
        var candidate = Path.Combine(dir, FileName);
        try
        {
            return File.Exists(candidate) ? EditorConfigFile.Parse(File.ReadAllText(candidate), candidate) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable file configures nothing, as in the compiler; it must not stop the build.
            return null;
        }
    });

    /// <summary>The merged properties for one file: a later <see cref="Add"/> wins.</summary>
    private sealed class ResolvedOptions
    {
        public Dictionary<string, string> Values { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, EditorConfigSeverity.Setting> RuleSeverities { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Each rule's effective severity here, computed once.</summary>
        public ConcurrentDictionary<DiagnosticDescriptor, DiagnosticSeverity?> Severities { get; } = new();

        public void Add(EditorConfigProperty property)
        {
            var key = property.Key;
            if (key.StartsWith(DiagnosticPrefix, StringComparison.Ordinal) && key.EndsWith(SeveritySuffix, StringComparison.Ordinal)
                && key.Length > DiagnosticPrefix.Length + SeveritySuffix.Length)
            {
                // An unknown severity word is dropped, so it does not hide a valid setting from a farther file.
                if (EditorConfigSeverity.TryParse(property.Value, out var setting))
                {
                    RuleSeverities[key.Substring(DiagnosticPrefix.Length, key.Length - DiagnosticPrefix.Length - SeveritySuffix.Length)] = setting;
                }
                return;
            }
            Values[key] = property.Value;
        }
    }
}
