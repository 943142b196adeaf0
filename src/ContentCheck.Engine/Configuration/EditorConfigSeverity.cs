using ContentCheck.Diagnostics;

namespace ContentCheck.Configuration;

/// <summary>The severity words of <c>.editorconfig</c>, read as the C# compiler reads them (case-insensitive).</summary>
public static class EditorConfigSeverity
{
    /// <summary>What a value means for one rule.</summary>
    public enum Setting
    {
        /// <summary><c>default</c>: the rule's own default severity.</summary>
        Default,

        /// <summary><c>none</c>: the rule is off.</summary>
        None,

        /// <summary><c>silent</c> (or <c>refactoring</c>): recorded, never shown.</summary>
        Hidden,

        /// <summary><c>suggestion</c>: an MSBuild message.</summary>
        Info,

        /// <summary><c>warning</c>.</summary>
        Warning,

        /// <summary><c>error</c>.</summary>
        Error,
    }

    /// <summary>Reads a value; false for anything else (the compiler then ignores the entry).</summary>
    public static bool TryParse(string value, out Setting setting)
    {
        switch (value.ToLowerInvariant())
        {
            case "default": setting = Setting.Default; return true;
            case "none": setting = Setting.None; return true;
            case "silent" or "refactoring": setting = Setting.Hidden; return true;
            case "suggestion": setting = Setting.Info; return true;
            case "warning": setting = Setting.Warning; return true;
            case "error": setting = Setting.Error; return true;
            default: setting = default; return false;
        }
    }

    /// <summary>The effective severity of <paramref name="setting"/> for a rule; null means off.</summary>
    public static DiagnosticSeverity? Apply(Setting setting, DiagnosticDescriptor descriptor) => setting switch
    {
        Setting.Default => descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : null,
        Setting.None => null,
        Setting.Hidden => DiagnosticSeverity.Hidden,
        Setting.Info => DiagnosticSeverity.Info,
        Setting.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Error,
    };
}
