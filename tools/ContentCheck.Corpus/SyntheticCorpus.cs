using System.Globalization;
using System.Text;

namespace ContentCheck.Corpus;

/// <summary>
/// Writes a content repo of synthetic news articles in the DESIGN format: registries, <c>site.yml</c> and
/// <c>articles/YYYY/MM/DD/slug.md</c> files of about 5 KB with front matter, headings, paragraphs and attributed
/// quotations. The same seed gives byte-identical files on every machine (a private PRNG, no
/// <c>string.GetHashCode</c>, invariant culture). Articles are clean: every rule should stay silent on them.
/// </summary>
public sealed class SyntheticCorpus
{
    private static readonly string[] Words = BuildVocabulary();

    private static readonly (string Id, string Name, string[] Domains)[] Sources =
    {
        ("bbc-news", "BBC News", new[] { "bbc.co.uk", "bbc.com" }),
        ("xinhua", "Xinhua News Agency", new[] { "news.cn", "xinhuanet.com" }),
        ("the-courier", "The Courier", new[] { "courier.example" }),
        ("daily-ledger", "Daily Ledger", new[] { "ledger.example" }),
        ("wire-report", "Wire Report", new[] { "wire.example" }),
    };

    private static readonly (string Id, string Name)[] People =
    {
        ("condoleezza-rice", "Condoleezza Rice"), ("sergey-lavrov", "Sergey Lavrov"), ("vladimir-putin", "Vladimir Putin"),
        ("robert-gates", "Robert Gates"), ("dmitry-medvedev", "Dmitry Medvedev"), ("angela-merkel", "Angela Merkel"),
        ("nicolas-sarkozy", "Nicolas Sarkozy"), ("gordon-brown", "Gordon Brown"), ("hu-jintao", "Hu Jintao"),
        ("ban-ki-moon", "Ban Ki-moon"), ("javier-solana", "Javier Solana"), ("kofi-annan", "Kofi Annan"),
    };

    /// <summary>People with a second spelling in people.yml (clean articles use only the first).</summary>
    public static IReadOnlyList<(string Name, string Alias)> Aliased { get; } = new[]
    {
        ("Sergey Lavrov", "Sergei Lavrov"), ("Dmitry Medvedev", "Dmitri Medvedev"), ("Hu Jintao", "Hu Chin-tao"),
    };

    private static readonly (string Id, string Title)[] Topics =
    {
        ("missile-defence", "Missile defence"), ("diplomacy", "Diplomacy"), ("elections", "Elections"),
        ("energy", "Energy"), ("trade", "Trade"), ("climate", "Climate"), ("economy", "Economy"), ("security", "Security"),
    };

    private static readonly string[] Datelines = { "Moscow", "Washington", "Beijing", "London", "Brussels", "Geneva", "Paris", "Berlin" };

    private readonly int _seed;

    /// <summary>Creates a generator for a seed.</summary>
    public SyntheticCorpus(int seed = 20071012) => _seed = seed;

    /// <summary>Writes <paramref name="count"/> articles and the registries under <paramref name="root"/>.</summary>
    /// <returns>The relative paths of the articles written, in order.</returns>
    public IReadOnlyList<string> Write(string root, int count)
    {
        Directory.CreateDirectory(root);
        WriteRegistries(root);
        var paths = new string[count];
        Parallel.For(0, count, i =>
        {
            var (path, text) = Article(i);
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
            paths[i] = path;
        });
        return paths;
    }

    /// <summary>The relative path and text of article number <paramref name="index"/>.</summary>
    public (string Path, string Text) Article(int index)
    {
        var random = new SplitMix(unchecked((ulong)_seed * 0x9E3779B97F4A7C15UL + (ulong)index));
        var day = new DateTime(2000, 1, 1).AddDays(random.Next(9000));
        var time = new TimeSpan(random.Next(24), random.Next(60), 0);
        var source = Sources[random.Next(Sources.Length)];
        var people = Pick(random, People, 1 + random.Next(3));
        var topics = Pick(random, Topics, 1 + random.Next(3));
        var titleWords = Enumerable.Range(0, 5 + random.Next(5)).Select(_ => Words[random.Next(Words.Length)]).ToList();
        titleWords[0] = Capitalize(titleWords[0]);
        var title = string.Join(" ", titleWords);
        var slug = string.Join("-", titleWords.Select(w => w.ToLowerInvariant())) + "-" + index.ToString(CultureInfo.InvariantCulture);
        var path = $"articles/{day:yyyy}/{day:MM}/{day:dd}/{slug}.md";

        var text = new StringBuilder(6000);
        text.Append("---\n");
        text.Append("title: ").Append(title).Append('\n');
        text.Append("source: ").Append(source.Id).Append('\n');
        text.Append("authors: [").Append(Capitalize(Words[random.Next(Words.Length)])).Append(' ').Append(Capitalize(Words[random.Next(Words.Length)])).Append("]\n");
        text.Append("dateline: ").Append(Datelines[random.Next(Datelines.Length)]).Append('\n');
        text.Append("published: ").Append((day + time).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)).Append("+00:00\n");
        text.Append("url: https://www.").Append(source.Domains[0]).Append("/news/").Append(slug).Append('\n');
        text.Append("language: en\n");
        text.Append("topics: [").Append(string.Join(", ", topics.Select(t => t.Id))).Append("]\n");
        text.Append("people: [").Append(string.Join(", ", people.Select(p => p.Id))).Append("]\n");
        text.Append("summary: ").Append(Sentence(random, 12)).Append('\n');
        text.Append("---\n\n");

        var sections = 2 + random.Next(2);
        for (var s = 0; s < sections; s++)
        {
            if (s > 0)
            {
                text.Append("## ").Append(Capitalize(Words[random.Next(Words.Length)])).Append(' ').Append(Words[random.Next(Words.Length)]).Append("\n\n");
            }
            var paragraphs = 3 + random.Next(3);
            for (var p = 0; p < paragraphs; p++)
            {
                if (random.Next(4) == 0)
                {
                    var speaker = people[random.Next(people.Count)].Name;
                    text.Append('“').Append(Sentence(random, 10 + random.Next(10)).TrimEnd('.')).Append(",” said ").Append(speaker).Append(".\n\n");
                }
                else
                {
                    var sentences = 2 + random.Next(3);
                    for (var k = 0; k < sentences; k++)
                    {
                        if (k > 0)
                        {
                            text.Append(' ');
                        }
                        text.Append(Sentence(random, 12 + random.Next(14)));
                    }
                    text.Append("\n\n");
                }
            }
        }
        return (path, text.ToString().TrimEnd('\n') + "\n");
    }

    private static void WriteRegistries(string root)
    {
        File.WriteAllText(Path.Combine(root, "site.yml"), "title: Synthetic corpus\ndescription: Generated articles for benchmarks and accuracy tests.\nbase_url: https://example.org/synthetic/\nlanguage: en\n");
        var sources = new StringBuilder();
        foreach (var s in Sources)
        {
            sources.Append("- id: ").Append(s.Id).Append('\n')
                .Append("  name: ").Append(s.Name).Append('\n')
                .Append("  homepage: https://www.").Append(s.Domains[0]).Append("/\n")
                .Append("  license: proprietary\n  agency: false\n")
                .Append("  domains: [").Append(string.Join(", ", s.Domains)).Append("]\n")
                .Append("  founded: 1990-01-01\n  language: en\n");
        }
        File.WriteAllText(Path.Combine(root, "sources.yml"), sources.ToString());
        File.WriteAllText(Path.Combine(root, "people.yml"), string.Concat(People.Select(p =>
            $"- id: {p.Id}\n  name: {p.Name}\n  aliases: [{string.Join(", ", Aliased.Where(a => a.Name == p.Name).Select(a => a.Alias))}]\n")));
        File.WriteAllText(Path.Combine(root, "topics.yml"), string.Concat(Topics.Select(t => $"- id: {t.Id}\n  title: {t.Title}\n")));
    }

    private static List<T> Pick<T>(SplitMix random, T[] items, int count)
    {
        var chosen = new List<T>();
        while (chosen.Count < count)
        {
            var item = items[random.Next(items.Length)];
            if (!chosen.Contains(item))
            {
                chosen.Add(item);
            }
        }
        return chosen;
    }

    private static string Sentence(SplitMix random, int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            var word = Words[random.Next(Words.Length)];
            text.Append(i == 0 ? Capitalize(word) : word);
            text.Append(i == words - 1 ? "." : random.Next(9) == 0 ? ", " : " ");
        }
        return text.ToString();
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1);

    /// <summary>Pronounceable pseudo-words from syllables: a large vocabulary with a realistic length mix and no
    /// real sentences, so no rule about meaning (weekdays, quotations, names) can fire by accident.</summary>
    private static string[] BuildVocabulary()
    {
        string[] onsets = { "b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "st", "tr", "pl" };
        string[] vowels = { "a", "e", "i", "o", "u", "ea", "io" };
        string[] codas = { "", "n", "r", "s", "l", "nt", "rd" };
        var words = new List<string> { "the", "of", "and", "to", "in", "for", "on", "with", "as", "by", "at", "from" };
        var random = new SplitMix(42);
        while (words.Count < 6000)
        {
            var syllables = 1 + random.Next(3);
            var word = new StringBuilder();
            for (var s = 0; s < syllables; s++)
            {
                word.Append(onsets[random.Next(onsets.Length)]).Append(vowels[random.Next(vowels.Length)]).Append(codas[random.Next(codas.Length)]);
            }
            words.Add(word.ToString());
        }
        return words.ToArray();
    }

    /// <summary>SplitMix64: tiny, fast and identical on every platform, unlike System.Random's unspecified algorithm.</summary>
    private sealed class SplitMix(ulong state)
    {
        private ulong _state = state;

        public int Next(int maxExclusive)
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z % (ulong)maxExclusive);
        }
    }
}
