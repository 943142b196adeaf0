using ContentCheck.Testing;

namespace ContentCheck.Engine.Tests.Rules.Hygiene;

/// <summary>The raw seed files (tests/Fixtures/seeds, byte-identical to the scraped originals) wrapped in valid
/// front matter, so the body the rules see is exactly the scraped text, line for line.</summary>
public static class RawSeeds
{
    /// <summary>The scraped BBC News page of 12 October 2007.</summary>
    public const string Bbc = "000_f132bdb0ea7f04bb.txt";

    /// <summary>The Xinhua analysis of 18 March 2008.</summary>
    public const string Xinhua = "004_68139b436359ca2d.txt";

    private static readonly Dictionary<string, string> FrontMatters = new(StringComparer.Ordinal)
    {
        [Bbc] = "title: US and Russia fail to bridge gap\nsource: bbc-news\nauthors: [Rupert Wingfield-Hayes]\npublished: 2007-10-12T21:15:00+00:00\n",
        [Xinhua] = "title: \"News Analysis: Russia-U.S. talks on missile shield see no breakthrough\"\nsource: xinhua\nauthors: [Liao Lei]\npublished: 2008-03-18\n",
    };

    /// <summary>The seed as an article, and how many lines precede its first line.</summary>
    public static (string Article, int HeaderLines) Wrap(string seed)
    {
        var raw = File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "seeds", seed));
        var header = "---\n" + FrontMatters[seed] + "---\n";
        return (header + raw, header.Count(c => c == '\n'));
    }
}
