namespace ContentCheck.Rules.Attribution;

/// <summary>The small closed word classes the speaker search needs (English news copy).</summary>
internal static class SpeakerWords
{
    /// <summary>Before a speech verb they make it a noun or adjective: "the said agreement", "a warning".</summary>
    public static readonly HashSet<string> Determiners = Set(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some",
        "any", "no", "every", "each", "all", "another");

    /// <summary>Pronouns that can be the subject before a verb ("she told", "Lavrov, who said").</summary>
    public static readonly HashSet<string> Pronouns = Set("he", "she", "they", "we", "i", "you", "it", "who", "which", "one");

    /// <summary>Pronouns that can follow the verb as its subject ("said he").</summary>
    public static readonly HashSet<string> TrailingPronouns = Set("he", "she", "they", "we", "i", "it");

    /// <summary>Words between a subject and its verb: "Lavrov, however, has also said".</summary>
    public static readonly HashSet<string> Skippable = Set(
        "also", "later", "then", "again", "further", "once", "previously", "recently", "repeatedly", "reportedly", "simply",
        "just", "had", "has", "have", "was", "were", "is", "are", "been", "will", "would", "could", "may", "might", "must",
        "not", "never", "and", "but", "however", "today", "yesterday", "earlier", "still", "even", "often");

    /// <summary>Words that cannot be a speaker.</summary>
    public static readonly HashSet<string> FunctionWords = Set(
        "of", "in", "on", "at", "to", "for", "with", "by", "from", "about", "as", "into", "over", "after", "before", "than",
        "like", "when", "where", "while", "if", "because", "although", "though", "so", "or", "nor", "yet", "whether", "what",
        "how", "why", "upon", "during", "without", "within", "unless", "until", "since", "there", "here", "be", "being", "do",
        "does", "did", "can", "should", "shall");

    /// <summary>Titles, offices and nationalities that precede a name: "Russian Foreign Minister Sergey Lavrov".</summary>
    public static readonly HashSet<string> Titles = Set(
        "President", "Vice", "Minister", "Secretary", "Secretary-General", "Foreign", "Defense", "Defence", "State", "Prime",
        "Deputy", "Chief", "General", "Chancellor", "Premier", "Ambassador", "Envoy", "Spokesman", "Spokeswoman",
        "Spokesperson", "Director", "Chairman", "Chairwoman", "Chair", "Senator", "Sen.", "Governor", "Gov.", "Mayor",
        "Queen", "Prince", "Princess", "Pope", "Sheikh", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
        "Prof", "Prof.", "Professor", "Sir", "Lord", "Lady", "Dame", "Judge", "Commissioner", "Representative",
        "Rep.", "Leader", "Colonel", "Col.", "Captain", "Capt.", "Lieutenant", "Lt.", "Sergeant", "Admiral", "Adm.",
        "Interior", "Finance", "Trade", "Economy", "Energy", "Home", "Health", "Affairs", "Executive", "Officer", "Head",
        "Senior", "Former", "Acting", "Russian", "American", "Chinese", "British", "French", "German", "Iranian", "Israeli",
        "Palestinian", "Ukrainian", "Polish", "Czech", "European", "Iraqi", "Syrian", "Afghan", "Pakistani", "Indian",
        "Japanese", "Korean", "Soviet", "Georgian", "Turkish", "Egyptian", "Saudi");

    /// <summary>Words that make a capitalized run an organization or a time, not a person.</summary>
    public static readonly HashSet<string> NotPersons = Set(
        "Ministry", "Office", "House", "Department", "Agency", "Council", "Committee", "Commission", "Union", "Party",
        "Government", "News", "Times", "Post", "Institute", "Academy", "University", "Court", "Kremlin", "Bank", "Company",
        "Corporation", "Group", "Association", "Foundation", "Service", "Embassy", "Organization", "Organisation", "Force",
        "Army", "Navy", "Parliament", "Senate", "Congress", "Assembly", "Fund", "Centre", "Center", "Board", "Today",
        "Channel", "Radio", "Television", "TV", "Press", "Daily", "Journal", "Review", "Network", "Federation", "Republic",
        "Kingdom", "States", "Nations", "Pentagon", "Police", "Sciences", "Science", "Security", "Staff", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December");

    /// <summary>Whether a word looks like part of a personal name: a capital then lower case ("Wingfield-Hayes",
    /// "McCain"), or an initial ("W.").</summary>
    public static bool IsNameLike(string word) =>
        word.Length >= 2 && char.IsUpper(word[0])
        && ((word.Length == 2 && word[1] == '.') || word.Skip(1).Any(char.IsLower));

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
}
