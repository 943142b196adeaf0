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

    /// <summary>The message arguments, in order.</summary>
    public IReadOnlyList<object?> Arguments => _arguments;

    /// <summary>The formatted message (invariant culture, so output is the same on every machine).</summary>
    public string GetMessage() => string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, _arguments);

    /// <summary>The same diagnostic with another severity.</summary>
    public Diagnostic WithSeverity(DiagnosticSeverity severity) => new(Descriptor, severity, Location, _arguments);

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
