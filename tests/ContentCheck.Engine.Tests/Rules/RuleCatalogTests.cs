using System.Reflection;
using System.Text.RegularExpressions;
using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Rules;
using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Rules;

/// <summary>Every rule the engine ships is documented where its help link points, in the shape users rely on.</summary>
public sealed class RuleCatalogTests
{
    private static readonly Dictionary<string, char> FamilyDigit = new(StringComparer.Ordinal)
    {
        [RuleCategory.Tool] = '0',
        [RuleCategory.Metadata] = '1',
        [RuleCategory.Dates] = '2',
        [RuleCategory.Attribution] = '3',
        [RuleCategory.Hygiene] = '4',
        [RuleCategory.Corpus] = '5',
    };

    private static readonly string[] Sections = { "What it checks", "Why", "Bad", "Good", "How to fix", "Options" };

    private static IReadOnlyList<DiagnosticDescriptor> AllDescriptors() =>
        // The runner's list: every analyzer's descriptors plus the tool's own (CC0001 analyzer failure, CC0002-CC0004 suppressions).
        new AnalysisRunner(BuiltInAnalyzers.All).Descriptors;

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in AllDescriptors().Select(d => d.Id).Distinct().OrderBy(i => i, StringComparer.Ordinal))
        {
            data.Add(id);
        }
        return data;
    }

    private static DiagnosticDescriptor Descriptor(string id) => AllDescriptors().First(d => d.Id == id);

    private static string PagePath(DiagnosticDescriptor d) => $"src/ContentCheck.Engine/Rules/{d.Category}/{d.Id}.md";

    [Fact]
    public void Every_id_is_declared_once()
    {
        var duplicates = AllDescriptors().GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_reserved_id_has_an_analyzer()
    {
        var reserved = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);
        Assert.Empty(reserved.Except(AllDescriptors().Select(d => d.Id)));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_is_cc_and_four_digits_of_its_family(string id)
    {
        var descriptor = Descriptor(id);
        Assert.Matches(new Regex(@"^CC\d{4}$"), id);
        Assert.True(FamilyDigit.TryGetValue(descriptor.Category, out var digit), $"unknown category {descriptor.Category}");
        Assert.Equal(digit, id[2]);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_exists_with_title_table_and_sections(string id)
    {
        var descriptor = Descriptor(id);
        var path = Path.Combine(RepositoryPaths.Root, PagePath(descriptor));
        Assert.True(File.Exists(path), $"missing rule page {PagePath(descriptor)}");
        // Headings inside fenced examples (a Bad/Good Markdown sample) are not sections of the page: hide them.
        var inFence = false;
        var lines = File.ReadAllLines(path).Select(l =>
        {
            var fence = l.StartsWith("```", StringComparison.Ordinal);
            var visible = inFence && l.StartsWith('#') ? string.Empty : l;
            inFence ^= fence;
            return visible;
        }).ToArray();

        Assert.Equal($"# {descriptor.Id}: {descriptor.Title}", lines[0]);
        Assert.Contains($"| Category | {descriptor.Category} |", lines);
        Assert.Contains($"| Default severity | {SeverityName(descriptor.DefaultSeverity)} |", lines);
        Assert.Contains($"| Enabled by default | {(descriptor.IsEnabledByDefault ? "yes" : "no")} |", lines);

        var headings = lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l.Substring(3)).ToList();
        // The required sections come first and in this order; a page may add its own after them (e.g. "Known limits").
        Assert.Equal(Sections, headings.Take(Sections.Length));
        foreach (var section in Sections)
        {
            var start = Array.IndexOf(lines, "## " + section) + 1;
            var body = lines.Skip(start).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));
            Assert.True(body.Any(l => l.Trim().Length > 0), $"{PagePath(descriptor)}: section '{section}' is empty");
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_at_the_page(string id)
    {
        var descriptor = Descriptor(id);
        Assert.EndsWith(PagePath(descriptor), descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.StartsWith("https://", descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_is_embedded_in_the_engine(string id) =>
        Assert.Contains($"ContentCheck.Rules.{id}.md", typeof(BuiltInAnalyzers).Assembly.GetManifestResourceNames());

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_has_a_description_and_a_message(string id)
    {
        var descriptor = Descriptor(id);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat));
        Assert.False(descriptor.Title.EndsWith('.'));
    }

    /// <summary>The names <c>.editorconfig</c> uses, which the pages use too.</summary>
    private static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };
}
