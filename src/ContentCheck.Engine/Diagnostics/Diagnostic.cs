using System.Globalization;

namespace ContentCheck.Diagnostics;

/// <summary>One finding: a rule, its effective severity, where, and the message arguments.</summary>
public sealed class Diagnostic
{
    private readonly object?[] _arguments;

    /// <summary>Creates a diagnostic with an explicit effective severity.</summary>
    public Diagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, Location location, params object?[] arguments)
    {
        Descriptor = descriptor;
        Severity = severity;
        Location = location;
        _arguments = arguments;
    }

    /// <summary>Creates a diagnostic at the rule's default severity; configuration may change it later.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] arguments) =>
        new(descriptor, descriptor.DefaultSeverity, location, arguments);

    /// <summary>The rule.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The rule id.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The effective severity, after configuration.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Where it points.</summary>
    public Location Location { get; }

    /// <summary>Set when an in-article suppression covers this diagnostic; it is then kept for SARIF but
    /// neither shown nor counted.</summary>
    public DiagnosticSuppression? Suppression { get; private set; }

    /// <summary>Whether a suppression covers this diagnostic.</summary>
    public bool IsSuppressed => Suppression is not null;

    /// <summary>Set when the baseline already knows this finding: <see cref="Severity"/> was demoted and this is
    /// the severity the rule gave it (SARIF reports that level with <c>baselineState: unchanged</c>).</summary>
    public DiagnosticSeverity? BaselinedFrom { get; private set; }

    /// <summary>Whether the baseline already knows this finding.</summary>
    public bool IsBaselined => BaselinedFrom is not null;

    /// <summary>The message arguments, in order.</summary>
    public IReadOnlyList<object?> Arguments => _arguments;

    /// <summary>The formatted message (invariant culture, so output is the same on every machine).</summary>
    public string GetMessage() => string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, _arguments);

    /// <summary>The same diagnostic with another severity.</summary>
    public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        new(Descriptor, severity, Location, _arguments) { Suppression = Suppression, BaselinedFrom = BaselinedFrom };

    /// <summary>The same diagnostic, marked as suppressed.</summary>
    public Diagnostic WithSuppression(DiagnosticSuppression suppression) =>
        new(Descriptor, Severity, Location, _arguments) { Suppression = suppression, BaselinedFrom = BaselinedFrom };

    /// <summary>The same diagnostic as a known baseline finding, demoted to <paramref name="severity"/>.</summary>
    public Diagnostic AsBaselined(DiagnosticSeverity severity) =>
        new(Descriptor, severity, Location, _arguments) { Suppression = Suppression, BaselinedFrom = BaselinedFrom ?? Severity };

    /// <summary>The canonical MSBuild line: <c>path(l,c,el,ec): error CC2001: message</c>.</summary>
    public override string ToString() =>
        $"{Location.Path}({Location.LineSpan}): {SeverityText(Severity)} {Id}: {GetMessage()}";

    private static string SeverityText(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
