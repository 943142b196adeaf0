using System.Globalization;
using ContentCheck.RealCorpus;

// Usage: dotnet run -c Release --project tools/RealCorpusRun -- --root DIR [--glob "**/*.md"]... [--samples 3] [--now 2026-01-01]
var options = RunOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: RealCorpusRun --root DIR [--glob PATTERN]... [--samples N] [--slowest N] [--now YYYY-MM-DD]");
    return 2;
}
var report = CorpusRun.Run(options);
Console.Write(report.Format(options));
return report.InternalErrors.Count == 0 ? 0 : 1;

namespace ContentCheck.RealCorpus
{
    /// <summary>The command line.</summary>
    internal sealed record RunOptions(string Root, IReadOnlyList<string> Globs, int Samples, int Slowest, DateTimeOffset Now)
    {
        public static RunOptions? Parse(string[] args)
        {
            string? root = null;
            var globs = new List<string>();
            var samples = 3;
            var slowest = 10;
            var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                switch (args[i])
                {
                    case "--root": root = Path.GetFullPath(args[i + 1]); break;
                    case "--glob": globs.Add(args[i + 1]); break;
                    case "--samples": samples = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                    case "--slowest": slowest = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                    case "--now": now = DateTimeOffset.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                    default: return null;
                }
            }
            return root is null ? null : new RunOptions(root, globs.Count > 0 ? globs : new[] { "**/*.md" }, samples, slowest, now);
        }
    }
}
