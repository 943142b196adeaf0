using System.Text;

namespace CorpusDedupBench;

/// <summary>
/// Article bodies with a realistic shape: words drawn from a Zipf distribution (s = 1, like English: a few
/// very common words, a long tail) over 50,000 made-up words, sentences of 8–30 words, 4–12 paragraphs,
/// 150–1,000 words a body. A share of the bodies are injected copies of earlier ones: exact copies, reformatted
/// (re-wrapped, capitals and emphasis changed), and near copies with 0.3%–4% of their words replaced, inserted
/// or deleted (at least one edit), so some fall on each side of the 0.8 threshold. Seeded: the same corpus on
/// every run.
/// </summary>
internal sealed class SyntheticCorpus
{
    private readonly Random _random;
    private readonly string[] _vocabulary;
    private readonly double[] _cumulative;

    private SyntheticCorpus(int seed)
    {
        _random = new Random(seed);
        _vocabulary = MakeVocabulary(50_000);
        _cumulative = new double[_vocabulary.Length];
        var sum = 0.0;
        for (var rank = 0; rank < _vocabulary.Length; rank++)
        {
            sum += 1.0 / (rank + 1);
            _cumulative[rank] = sum;
        }
        for (var rank = 0; rank < _cumulative.Length; rank++)
        {
            _cumulative[rank] /= sum;
        }
    }

    /// <summary>The bodies, in corpus order.</summary>
    public List<string> Bodies { get; } = new();

    /// <summary>For each body, the original it descends from (itself when it is not a copy).</summary>
    public List<int> Family { get; } = new();

    /// <summary>For each injected exact copy: (source, copy).</summary>
    public List<(int Source, int Copy)> ExactCopies { get; } = new();

    /// <summary>For each injected near copy: (source, copy).</summary>
    public List<(int Source, int Copy)> NearCopies { get; } = new();

    public static SyntheticCorpus Generate(int count, int seed, double exactShare = 0.005, double nearShare = 0.01)
    {
        var corpus = new SyntheticCorpus(seed);
        for (var i = 0; i < count; i++)
        {
            var roll = corpus._random.NextDouble();
            if (i >= 100 && roll < exactShare)
            {
                var source = corpus._random.Next(i);
                corpus.Add(corpus.Reformat(corpus.Bodies[source]), corpus.Family[source]);
                corpus.ExactCopies.Add((source, i));
            }
            else if (i >= 100 && roll < exactShare + nearShare)
            {
                var source = corpus._random.Next(i);
                corpus.Add(corpus.Edit(corpus.Bodies[source]), corpus.Family[source]);
                corpus.NearCopies.Add((source, i));
            }
            else
            {
                corpus.Add(corpus.NewBody(), i);
            }
        }
        return corpus;
    }

    private void Add(string body, int family)
    {
        Bodies.Add(body);
        Family.Add(family);
    }

    private string NewBody()
    {
        var target = 150 + (int)(850 * Math.Pow(_random.NextDouble(), 1.5));
        var paragraphs = 4 + _random.Next(9);
        var text = new StringBuilder(target * 8);
        var words = 0;
        for (var p = 0; p < paragraphs && words < target; p++)
        {
            if (p > 0)
            {
                text.Append("\n\n");
            }
            var sentences = 1 + _random.Next(4);
            for (var s = 0; s < sentences; s++)
            {
                var length = 8 + _random.Next(23);
                for (var w = 0; w < length; w++, words++)
                {
                    var word = Word();
                    text.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word.Substring(1) : word);
                    text.Append(w == length - 1 ? ". " : _random.NextDouble() < 0.08 ? ", " : " ");
                }
            }
        }
        return text.ToString().TrimEnd();
    }

    // The same words: new line breaks, some words in capitals or emphasis, some punctuation changed.
    private string Reformat(string body)
    {
        var words = body.Split(' ');
        var text = new StringBuilder(body.Length + 64);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var roll = _random.NextDouble();
            text.Append(roll < 0.02 ? word.ToUpperInvariant() : roll < 0.03 ? "*" + word + "*" : word);
            text.Append(_random.NextDouble() < 0.07 ? '\n' : ' ');
        }
        return text.ToString();
    }

    private string Edit(string body)
    {
        var words = body.Split(' ').ToList();
        var rate = 0.003 + (0.037 * _random.NextDouble());
        var edits = Math.Max(1, (int)Math.Round(words.Count * rate));
        for (var e = 0; e < edits; e++)
        {
            var at = _random.Next(words.Count);
            switch (_random.Next(3))
            {
                case 0: words[at] = Word(); break;
                case 1: words.Insert(at, Word()); break;
                default: words.RemoveAt(at); break;
            }
        }
        return string.Join(' ', words);
    }

    private string Word()
    {
        var index = Array.BinarySearch(_cumulative, _random.NextDouble());
        return _vocabulary[index < 0 ? Math.Min(~index, _vocabulary.Length - 1) : index];
    }

    private static string[] MakeVocabulary(int size)
    {
        // Made-up words of 2–4 syllables; sorted by length so frequent ranks get short words, as in natural languages.
        string[] syllables = ["ta", "ro", "mi", "ne", "su", "ka", "lo", "ve", "di", "pa", "shi", "gor", "an", "el", "ur", "bri", "st", "ion"];
        var random = new Random(12345);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>(size);
        while (list.Count < size)
        {
            var parts = 2 + random.Next(3);
            var word = string.Concat(Enumerable.Range(0, parts).Select(_ => syllables[random.Next(syllables.Length)]));
            if (words.Add(word))
            {
                list.Add(word);
            }
        }
        return list.OrderBy(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray();
    }
}
