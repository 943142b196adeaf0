using System.Globalization;
using System.Text;
using ContentCheck.Bench;
using ContentCheck.Corpus;

// Usage:
//   dotnet run -c Release --project tools/ContentCheck.Bench [-- --sizes 1000,10000,100000] [--work DIR]
//   (internal) ContentCheck.Bench engine CONTENT_ROOT   — the fresh-process engine run the benchmark times.
//   ContentCheck.Bench generate N DIR                    — writes a synthetic content repo of N articles.
//   ContentCheck.Bench site CONTENT_ROOT OUTPUT           — validate + site in one fresh process (profiling the generator).
if (args.Length == 2 && args[0] == "engine")
{
    return EngineRun.Main(args[1]);
}
if (args.Length == 3 && args[0] == "site")
{
    return SiteRun.Main(args[1], args[2]);
}
if (args.Length == 3 && args[0] == "generate")
{
    // ContentCheck.Bench generate N DIR — a synthetic content repo for profiling by hand.
    new SyntheticCorpus().Write(args[2], int.Parse(args[1], CultureInfo.InvariantCulture));
    return 0;
}

var sizes = new List<int> { 1000, 10000 };
var work = Path.Combine(Path.GetTempPath(), "contentcheck-bench");
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--sizes" when i + 1 < args.Length:
            sizes = args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
            break;
        case "--work" when i + 1 < args.Length:
            work = Path.GetFullPath(args[++i]);
            break;
        default:
            Console.Error.WriteLine("usage: ContentCheck.Bench [--sizes 1000,10000,100000] [--work DIR]");
            return 2;
    }
}

if (!File.Exists("/usr/bin/hugo"))
{
    Console.Error.WriteLine("Hugo is missing: install Debian's package with `sudo apt-get install -y hugo` (0.111), then run again.");
    return 2;
}

var repoRoot = FindRepoRoot();
var contentProject = Path.Combine(repoRoot, "content", "content.csproj");
Console.WriteLine($"Preparing: dotnet build -c Release {contentProject}");
var prepare = Measurement.Run(repoRoot, "dotnet", "build", contentProject, "-c", "Release", "-nologo", "-v:q");
if (prepare.ExitCode != 0)
{
    Console.Error.WriteLine(prepare.Output);
    return 1;
}

var empty = Path.Combine(work, "empty");
Directory.CreateDirectory(empty);
File.WriteAllText(Path.Combine(empty, "empty.csproj"), "<Project Sdk=\"Microsoft.Build.NoTargets/3.7.0\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n");
Measurement.Run(empty, "dotnet", "build", "-nologo", "-v:q");
var emptyNoOp = Best(() => Measurement.Run(empty, "dotnet", "build", "--no-restore", "-nologo", "-v:q"));

var self = typeof(EngineRun).Assembly.Location;
var rows = new List<string[]>();
foreach (var size in sizes)
{
    var root = Path.Combine(work, size.ToString(CultureInfo.InvariantCulture));
    if (Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }
    var content = Path.Combine(root, "content");
    Console.WriteLine($"Generating {size:N0} articles in {content}");
    var paths = new SyntheticCorpus().Write(content, size);
    HugoSite.Write(content, Path.Combine(root, "hugo"));
    var megabytes = Directory.EnumerateFiles(Path.Combine(content, "articles"), "*.md", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1e6;
    Console.WriteLine($"  {megabytes:0.0} MB of Markdown");

    var hugoOut = Path.Combine(root, "hugo-out");
    var hugo = Best(() =>
    {
        if (Directory.Exists(hugoOut))
        {
            Directory.Delete(hugoOut, true);
        }
        return Measurement.Run(root, "/usr/bin/hugo", "--source", Path.Combine(root, "hugo"), "--destination", hugoOut, "--quiet");
    });

    var engine = Best(() => Measurement.Run(root, "dotnet", self, "engine", content));
    var cache = Path.Combine(root, "obj", "contentcheck.cache");
    Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
    string[] Build(bool site) => new[]
    {
        "build", contentProject, "-c", "Release", "--no-restore", "-nologo", "-v:q", "-p:BuildProjectReferences=false",
        "-p:ContentRoot=" + content, "-p:ContentCheckSiteOutputPath=" + Path.Combine(root, "site"), "-p:ContentCheckCacheFile=" + cache,
        "-p:ContentCheckNow=2026-01-01T00:00:00Z", "-p:ContentCheckGenerateSite=" + (site ? "true" : "false"),
    };
    var validate = Best(() => { File.Delete(cache); return Measurement.Run(root, "dotnet", Build(site: false)); });
    var full = Best(() => { File.Delete(cache); return Measurement.Run(root, "dotnet", Build(site: true)); });
    var noOp = Best(() => Measurement.Run(root, "dotnet", Build(site: true)));
    var edited = Path.Combine(content, paths[size / 2]);
    var edit = Best(() =>
    {
        File.AppendAllText(edited, "\nAn added paragraph of text.\n");
        return Measurement.Run(root, "dotnet", Build(site: true));
    });

    foreach (var sample in new[] { engine, validate, full, noOp, edit })
    {
        if (sample.ExitCode != 0)
        {
            Console.Error.WriteLine(sample.Output);
        }
    }

    string Row(string what, Measurement.Sample s, bool ratio = true) => string.Join("|", new[]
    {
        what, s.Seconds.ToString("0.00", CultureInfo.InvariantCulture),
        (size / Math.Max(s.Seconds, 0.001)).ToString("N0", CultureInfo.InvariantCulture),
        s.PeakMegabytes.ToString("0", CultureInfo.InvariantCulture),
        ratio ? (s.Seconds / hugo.Seconds).ToString("0.00", CultureInfo.InvariantCulture) + " ×" : "",
    });
    var n = size.ToString("N0", CultureInfo.InvariantCulture);
    rows.Add(Row($"{n}: Hugo 0.111 full build", hugo).Split('|'));
    rows.Add(Row($"{n}: engine alone, validate (fresh process)", engine).Split('|'));
    rows.Add(Row($"{n}: dotnet build, validate only", validate).Split('|'));
    rows.Add(Row($"{n}: dotnet build, validate + site", full).Split('|'));
    rows.Add(Row($"{n}: dotnet build, no-op", noOp).Split('|'));
    rows.Add(Row($"{n}: dotnet build, one article edited", edit).Split('|'));
}
rows.Add(new[] { "empty NoTargets project: dotnet build --no-restore, no-op", emptyNoOp.Seconds.ToString("0.00", CultureInfo.InvariantCulture), "", emptyNoOp.PeakMegabytes.ToString("0", CultureInfo.InvariantCulture), "" });

var table = new StringBuilder();
table.AppendLine("| what | wall s | articles/s | peak MB | vs Hugo |");
table.AppendLine("|---|---:|---:|---:|---:|");
foreach (var row in rows)
{
    table.AppendLine("| " + string.Join(" | ", row) + " |");
}
Console.WriteLine();
Console.WriteLine($"Best of 3 runs each; {Environment.ProcessorCount} cores; MSBUILDDISABLENODEREUSE=1, DOTNET_CLI_USE_MSBUILD_SERVER=0, UseSharedCompilation=false.");
Console.Write(table);
return 0;

static Measurement.Sample Best(Func<Measurement.Sample> run)
{
    var samples = Enumerable.Range(0, 3).Select(_ => run()).ToList();
    return samples.OrderBy(s => s.Seconds).First() with { PeakMegabytes = samples.Max(s => s.PeakMegabytes) };
}

static string FindRepoRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ContentCheck.sln")))
    {
        directory = directory.Parent;
    }
    return directory?.FullName ?? throw new InvalidOperationException("Run the benchmark from the ContentCheck repository.");
}
