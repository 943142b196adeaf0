namespace ContentCheck.Rules.Hygiene.Leftovers;

/// <summary>
/// Recognizes a site's navigation copied into an article: a menu ("Americas Africa Europe Middle East South Asia
/// Asia Pacific") or a breadcrumb trail ("Home Articles News Analysis: ...", "Home › World › Europe").
/// A line is a menu only when every word belongs to a section name, so prose and subheadings never match:
/// they contain verbs, articles and punctuation that no section name has.
/// </summary>
internal static class NavigationLine
{
    /// <summary>Section names news sites put in menus (one to three words, compared case-insensitively).</summary>
    private static readonly HashSet<string> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        "Home", "News", "World", "UK", "US", "U.S.", "Americas", "Africa", "Europe", "Asia", "Middle East", "South Asia",
        "Asia Pacific", "Asia-Pacific", "Latin America", "North America", "Australia", "China", "India", "England",
        "Scotland", "Wales", "Northern Ireland", "Business", "Economy", "Markets", "Money", "Politics", "Health",
        "Science", "Environment", "Science & Environment", "Technology", "Tech", "Entertainment", "Arts",
        "Entertainment & Arts", "Culture", "Sport", "Sports", "Education", "Weather", "Video", "Videos", "Audio",
        "Photos", "Pictures", "In Pictures", "Magazine", "Opinion", "Opinions", "Comment", "Commentary", "Editorials",
        "Features", "In Depth", "Analysis", "Articles", "Blogs", "Travel", "Lifestyle", "Life", "Society", "Nation",
        "National", "International", "Local", "Latest", "Top Stories", "Most Popular", "Have Your Say", "Special Reports",
        "Country Profiles", "Programmes", "Archive", "Contact Us", "About Us", "Help", "Search", "RSS", "Feeds",
        "Sign In", "Log In", "Register", "Newsletters", "Podcasts", "Live", "Services", "Mobile", "Languages",
    };

    private static readonly char[] Separators = { '|', '»', '›', '>', '/', '•', '·' };

    /// <summary>The longest section name, in words.</summary>
    private const int MaxSectionWords = 3;

    /// <summary>Whether every word of <paramref name="line"/> is part of a section name and there are at least
    /// three of them (two when the line separates them explicitly, as "News | Sport").</summary>
    public static bool IsMenu(string line)
    {
        // Almost every line has a word no section name can cover: settled without splitting the line.
        if (!EveryWordCouldBeInASection(line))
        {
            return false;
        }
        var tokens = Tokenize(line, out var separated);
        var sections = CountSections(tokens, 0, tokens.Count);
        return sections >= (separated ? 2 : 3);
    }

    /// <summary>Whether <paramref name="line"/> starts like a breadcrumb trail: "Home" followed by a section name
    /// or a separator, "You are here:", or at least two "›"-style separators between short items.</summary>
    public static bool IsBreadcrumb(string line)
    {
        if (line.StartsWith("You are here", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (FirstWordIsHome(line))
        {
            var tokens = Tokenize(line, out var separated);
            if (tokens.Count >= 2 && string.Equals(tokens[0], "Home", StringComparison.Ordinal))
            {
                return separated || StartsWithSection(tokens, 1);
            }
        }
        return CountTrailSeparators(line) >= 2 && !EndsLikeSentence(line);
    }

    private static bool StartsWithSection(List<string> tokens, int start)
    {
        for (var n = Math.Min(MaxSectionWords, tokens.Count - start); n >= 1; n--)
        {
            if (Sections.Contains(string.Join(" ", tokens.GetRange(start, n))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Covers tokens[start..end) greedily with section names; returns how many, or 0 when a word is left over.</summary>
    private static int CountSections(List<string> tokens, int start, int end)
    {
        var count = 0;
        var i = start;
        while (i < end)
        {
            if (!char.IsUpper(tokens[i][0]) && tokens[i] != "&")
            {
                return 0;
            }
            var matched = 0;
            for (var n = Math.Min(MaxSectionWords, end - i); n >= 1 && matched == 0; n--)
            {
                if (Sections.Contains(string.Join(" ", tokens.GetRange(i, n))))
                {
                    matched = n;
                }
            }
            if (matched == 0)
            {
                return 0;
            }
            count++;
            i += matched;
        }
        return count;
    }

    /// <summary>The words that may follow the first word of a section name ("East" of "Middle East"): matched without
    /// regard to case, they may be written in lower case ("Middle east", "Sign in").</summary>
    private static readonly HashSet<string> LaterSectionWords = new(
        Sections.SelectMany(name => name.Split(' ').Skip(1)), StringComparer.OrdinalIgnoreCase);

    /// <summary>A necessary condition for <see cref="CountSections"/> to cover the line, checked in place: every word,
    /// separators aside, either starts a section as it requires (in upper case, or "&amp;") or can be a later word of
    /// a section name. A line failing it is not a menu.</summary>
    private static bool EveryWordCouldBeInASection(string line)
    {
        for (var start = 0; start < line.Length; start++)
        {
            if (char.IsWhiteSpace(line[start]) || (start > 0 && !char.IsWhiteSpace(line[start - 1])))
            {
                continue;
            }
            var end = start + 1;
            while (end < line.Length && !char.IsWhiteSpace(line[end]))
            {
                end++;
            }
            var c = line[start];
            var single = end == start + 1;
            if (char.IsUpper(c) || (single && (c == '&' || Array.IndexOf(Separators, c) >= 0)))
            {
                continue;
            }
            if (!LaterSectionWords.Contains(line.Substring(start, end - start)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the first word, separators aside (as <see cref="Tokenize"/> drops them), is "Home".</summary>
    private static bool FirstWordIsHome(string line)
    {
        var i = 0;
        while (true)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }
            if (i < line.Length && Array.IndexOf(Separators, line[i]) >= 0 && (i + 1 == line.Length || char.IsWhiteSpace(line[i + 1])))
            {
                i++;
                continue;
            }
            return string.CompareOrdinal(line, i, "Home", 0, 4) == 0 && (i + 4 == line.Length || char.IsWhiteSpace(line[i + 4]));
        }
    }

    private static List<string> Tokenize(string line, out bool separated)
    {
        separated = false;
        var tokens = new List<string>();
        foreach (var word in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length == 1 && Array.IndexOf(Separators, word[0]) >= 0)
            {
                separated = true;
            }
            else
            {
                tokens.Add(word);
            }
        }
        return tokens;
    }

    /// <summary>Counts " › "-style separators (surrounded by spaces, so "2/3" and "U.S./Russia" do not count).</summary>
    private static int CountTrailSeparators(string line)
    {
        var count = 0;
        for (var i = 1; i + 1 < line.Length; i++)
        {
            if (line[i - 1] == ' ' && line[i + 1] == ' ' && (line[i] is '>' or '»' or '›' or '|'))
            {
                count++;
            }
        }
        return count;
    }

    private static bool EndsLikeSentence(string line) => line.Length > 0 && line[line.Length - 1] is '.' or '!' or ';' or ',';
}
