using System.CommandLine;
using ContentCheck.Analysis;
using ContentCheck.Text;

namespace ContentCheck.Cli.Commands;

/// <summary><c>contentcheck explain CC2001</c>: prints the rule's page, the same Markdown the build's help link and the
/// site show (embedded in the engine as <c>ContentCheck.Rules.&lt;Id&gt;.md</c>).</summary>
internal static class ExplainCommand
{
    private const string Prefix = "ContentCheck.Rules.", Suffix = ".md";

    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("RULE-ID") { Description = "A rule id, e.g. CC2001." };
        var command = new Command("explain", "Print a rule's documentation: what it checks, why, examples and how to fix.") { id };
        command.SetAction(parse =>
        {
            console.Out.Write(ReadPage(parse.GetValue(id)!.Trim()));
            return ExitCodes.Clean;
        });
        return command;
    }

    private static string ReadPage(string id)
    {
        var assembly = typeof(AnalysisRunner).Assembly;
        using var stream = assembly.GetManifestResourceStream(Prefix + id.ToUpperInvariant() + Suffix);
        if (stream is not null)
        {
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().Replace("\r\n", "\n");
        }
        var known = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(n => n.Substring(Prefix.Length, n.Length - Prefix.Length - Suffix.Length))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
        var nearest = StringSimilarity.Nearest(id.ToUpperInvariant(), known);
        throw new CommandLineException($"There is no rule '{id}'.{(nearest is null ? string.Empty : $" Did you mean {nearest}?")} Known rules: {string.Join(", ", known)}.");
    }
}
