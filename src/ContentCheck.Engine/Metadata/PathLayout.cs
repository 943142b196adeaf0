using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ContentCheck.Metadata;

/// <summary>
/// Where articles live and what their paths encode, as patterns relative to the content root with the tokens
/// <c>{yyyy}</c>, <c>{MM}</c>, <c>{dd}</c> (the publication date as written) and <c>{slug}</c>, and the globs
/// <c>*</c> (within a folder) and <c>**</c> (any folders). The built-in layout is
/// <c>articles/{yyyy}/{MM}/{dd}/{slug}.md</c>; a Jekyll repo declares <c>_posts/{yyyy}-{MM}-{dd}-{slug}.md</c>.
/// A layout with no date token (or none at all) turns the folder-date check, CC2005, off.
/// </summary>
public sealed class PathLayout
{
    private static readonly Regex Token = new(@"\{(yyyy|MM|dd|slug)\}|\*\*/?|\*", RegexOptions.CultureInvariant);

    private readonly List<(string Pattern, Regex Regex)> _patterns;

    private PathLayout(IEnumerable<(string, Regex)> patterns) => _patterns = patterns.ToList();

    /// <summary>The built-in layout: any path ending in <c>YYYY/MM/DD/slug.md</c> (DESIGN.md's <c>articles/YYYY/MM/DD/</c>).</summary>
    public static PathLayout Default { get; } = new(new[] { ("articles/{yyyy}/{MM}/{dd}/{slug}.md", Compile("**/{yyyy}/{MM}/{dd}/{slug}.md")) });

    /// <summary>The patterns as declared, in order.</summary>
    public IReadOnlyList<string> Patterns => _patterns.Select(p => p.Pattern).ToList();

    /// <summary>Whether some pattern encodes the publication date (else CC2005 has nothing to compare).</summary>
    public bool EncodesDate => _patterns.Any(p => p.Pattern.Contains("{yyyy}"));

    /// <summary>Compiles declared patterns; null with the reason when one is malformed.</summary>
    public static PathLayout? TryCreate(IReadOnlyList<string> patterns, out string? error)
    {
        error = null;
        var compiled = new List<(string, Regex)>();
        foreach (var pattern in patterns)
        {
            var leftover = Token.Replace(pattern, string.Empty);
            if (leftover.IndexOfAny(new[] { '{', '}' }) >= 0)
            {
                error = $"'{pattern}' has a token other than {{yyyy}}, {{MM}}, {{dd}} and {{slug}}";
                return null;
            }
            var dateTokens = new[] { "{yyyy}", "{MM}", "{dd}" }.Count(t => pattern.Contains(t));
            if (dateTokens is not (0 or 3))
            {
                error = $"'{pattern}' must have all of {{yyyy}}, {{MM}} and {{dd}}, or none";
                return null;
            }
            if (Token.Matches(pattern).Cast<Match>().GroupBy(m => m.Value).Any(g => g.Key.StartsWith("{", StringComparison.Ordinal) && g.Count() > 1))
            {
                error = $"'{pattern}' uses a token twice";
                return null;
            }
            compiled.Add((pattern, Compile(pattern)));
        }
        return new PathLayout(compiled);
    }

    /// <summary>What <paramref name="relativePath"/> encodes under the first pattern it matches.</summary>
    public ArticlePath Parse(string relativePath)
    {
        var fileName = relativePath.Substring(relativePath.LastIndexOf('/') + 1);
        var fallbackSlug = fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? fileName.Substring(0, fileName.Length - 3) : fileName;
        foreach (var (pattern, regex) in _patterns)
        {
            var match = regex.Match(relativePath);
            if (!match.Success)
            {
                continue;
            }
            var slug = match.Groups["slug"].Success ? match.Groups["slug"].Value : fallbackSlug;
            DateTime? date = null;
            if (match.Groups["yyyy"].Success
                && int.TryParse(match.Groups["yyyy"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                && int.TryParse(match.Groups["MM"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                && int.TryParse(match.Groups["dd"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                && y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            {
                date = new DateTime(y, m, d);
            }
            return new ArticlePath(date, slug) { Pattern = pattern };
        }
        return new ArticlePath(null, fallbackSlug);
    }

    /// <summary><paramref name="relativePath"/> with the date its pattern encodes replaced by <paramref name="date"/>,
    /// or null when the path matches no dated pattern.</summary>
    public string? Redate(string relativePath, DateTime date)
    {
        foreach (var (_, regex) in _patterns)
        {
            var match = regex.Match(relativePath);
            if (!match.Success || !match.Groups["yyyy"].Success)
            {
                continue;
            }
            var parts = new[] { ("yyyy", "yyyy"), ("MM", "MM"), ("dd", "dd") }
                .Select(p => (Group: match.Groups[p.Item1], Text: date.ToString(p.Item2, CultureInfo.InvariantCulture)))
                .OrderByDescending(p => p.Group.Index);
            var result = relativePath;
            foreach (var (group, text) in parts)
            {
                result = result.Substring(0, group.Index) + text + result.Substring(group.Index + group.Length);
            }
            return result;
        }
        return null;
    }

    /// <summary>A pattern as a reader writes it: <c>articles/YYYY/MM/DD/&lt;slug&gt;.md</c>.</summary>
    public static string Describe(string pattern) =>
        pattern.Replace("{yyyy}", "YYYY").Replace("{MM}", "MM").Replace("{dd}", "DD").Replace("{slug}", "<slug>");

    /// <summary>The path the first dated pattern gives an article of <paramref name="date"/> and <paramref name="slug"/>,
    /// with any glob left as written (the writer knows which folder it stands for).</summary>
    public string Format(DateTime date, string slug, string? pattern = null)
    {
        var chosen = pattern is not null && pattern.Contains("{yyyy}") ? pattern : _patterns.Select(p => p.Pattern).FirstOrDefault(p => p.Contains("{yyyy}")) ?? string.Empty;
        return chosen
            .Replace("{yyyy}", date.ToString("yyyy", CultureInfo.InvariantCulture))
            .Replace("{MM}", date.ToString("MM", CultureInfo.InvariantCulture))
            .Replace("{dd}", date.ToString("dd", CultureInfo.InvariantCulture))
            .Replace("{slug}", slug);
    }

    private static Regex Compile(string pattern)
    {
        var regex = new StringBuilder("^");
        var last = 0;
        foreach (Match token in Token.Matches(pattern))
        {
            regex.Append(Regex.Escape(pattern.Substring(last, token.Index - last)));
            regex.Append(token.Value switch
            {
                "{yyyy}" => @"(?<yyyy>\d{4})",
                "{MM}" => @"(?<MM>\d{2})",
                "{dd}" => @"(?<dd>\d{2})",
                "{slug}" => "(?<slug>[^/]+?)",
                "*" => "[^/]*",
                "**" => ".*",
                _ => "(?:.*/)?", // "**/": any folders, also none
            });
            last = token.Index + token.Length;
        }
        var tail = pattern.Substring(last);
        // File systems and editors disagree on the case of extensions: ".MD" is still Markdown.
        regex.Append(tail.EndsWith(".md", StringComparison.Ordinal)
            ? Regex.Escape(tail.Substring(0, tail.Length - 3)) + @"\.[mM][dD]"
            : Regex.Escape(tail)).Append('$');
        return new Regex(regex.ToString(), RegexOptions.CultureInvariant);
    }
}
