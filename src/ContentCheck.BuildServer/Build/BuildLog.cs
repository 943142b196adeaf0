using System.Globalization;
using ContentCheck.Build.Protocol;
using ContentCheck.Caching;
using ContentCheck.Diagnostics;

namespace ContentCheck.Build;

/// <summary>
/// Collects a build's output as <see cref="BuildEvent"/>s for the task to log through MSBuild: diagnostics with code,
/// file, start and end position and help link (so the console shows <c>file(line,col,endLine,endCol): error CC2001:
/// message</c> and MSBuild's own switches act on the codes), build errors, and messages.
/// </summary>
public sealed class BuildLog
{
    private readonly List<BuildEvent> _events = new();
    private readonly Func<string, string> _displayPath;

    /// <param name="displayPath">Maps an engine path (relative to the content root) to the path the user sees.</param>
    public BuildLog(Func<string, string> displayPath) => _displayPath = displayPath;

    /// <summary>Everything logged so far, in order.</summary>
    public IReadOnlyList<BuildEvent> Events => _events;

    /// <summary>Whether an error was logged (warnings MSBuild promotes to errors are not known here).</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Takes the events logged so far, leaving the log empty.</summary>
    public IReadOnlyList<BuildEvent> Drain()
    {
        var events = _events.ToArray();
        _events.Clear();
        return events;
    }

    /// <summary>Logs one diagnostic at its effective severity; hidden ones are not logged. Suggestions are messages, as
    /// in the C# compiler: visible with <c>-v:n</c>, never a warning.</summary>
    public void Diagnostic(ReportedDiagnostic diagnostic)
    {
        var kind = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => BuildEventKind.Error,
            DiagnosticSeverity.Warning => BuildEventKind.Warning,
            DiagnosticSeverity.Info => BuildEventKind.Message,
            _ => (BuildEventKind?)null,
        };
        if (kind is not { } k)
        {
            return;
        }
        var span = diagnostic.LineSpan;
        Add(new BuildEvent
        {
            Kind = k,
            Code = diagnostic.Id,
            File = _displayPath(diagnostic.Path),
            Line = span.Start.Line + 1,
            Column = span.Start.Character + 1,
            EndLine = span.End.Line + 1,
            EndColumn = span.End.Character + 1,
            HelpLink = k == BuildEventKind.Message ? null : diagnostic.HelpLink,
            Message = diagnostic.Message,
            Importance = BuildMessageImportance.Normal,
        });
    }

    /// <summary>Logs an error about the build itself (a <c>CCB</c> code), at a file when there is one.</summary>
    public void Error(string code, string? file, string format, params object?[] arguments) =>
        Add(new BuildEvent { Kind = BuildEventKind.Error, Code = code, File = file, Message = Format(format, arguments) });

    /// <summary>Logs an error about the build itself at a position of a file.</summary>
    public void Error(string code, string? file, int line, int column, string format, params object?[] arguments) =>
        Add(new BuildEvent { Kind = BuildEventKind.Error, Code = code, File = file, Line = line, Column = column, Message = Format(format, arguments) });

    /// <summary>Logs a message.</summary>
    public void Message(BuildMessageImportance importance, string format, params object?[] arguments) =>
        Add(new BuildEvent { Kind = BuildEventKind.Message, Importance = importance, Message = Format(format, arguments) });

    private void Add(BuildEvent e)
    {
        HasErrors |= e.Kind == BuildEventKind.Error;
        _events.Add(e);
    }

    private static string Format(string format, object?[] arguments) =>
        arguments.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, arguments);
}
