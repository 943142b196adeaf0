using System.Globalization;
using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Documents;

namespace ContentCheck.Rules.Metadata;

/// <summary>CC1003: the file is not UTF-8 text (binary, a legacy encoding), too large, or cannot be read.</summary>
public sealed class UnreadableFileAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.UnreadableFile,
        "File cannot be read as text",
        "{0}",
        RuleCategory.Metadata,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "An article is UTF-8 text. A binary file with a .md name, a file saved in a legacy encoding, a file too large to be an article or one that cannot be opened is reported instead of analyzed.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterDocumentAction(context =>
    {
        var problem = context.Document.Problem;
        var message = problem?.Kind switch
        {
            DocumentProblemKind.Binary =>
                $"The file is not text: it holds a NUL byte at byte offset {problem.Detail}, so it is probably an image or other binary file saved with a .md name; replace it with the article's UTF-8 Markdown or remove it",
            DocumentProblemKind.InvalidUtf8 =>
                $"The file is not valid UTF-8: byte {problem.Detail} cannot be read here (a file saved as Windows-1252 or Latin-1 does this, e.g. 'é' as the single byte 0xE9); save the file as UTF-8",
            DocumentProblemKind.TooLarge =>
                $"The file is {problem.Detail} bytes, more than the {DocumentLoader.MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes an article may have, so it was not read; split it or remove what is not article text",
            DocumentProblemKind.Unreadable =>
                $"The file cannot be read ({problem.Detail}); check that it exists and that the build may read it",
            _ => null,
        };
        if (message is not null)
        {
            context.Report(Rule, problem!.Span, message);
        }
    });
}
