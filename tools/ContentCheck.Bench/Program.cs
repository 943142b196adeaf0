using System.Globalization;
using System.Text;
using ContentCheck.Bench;
using ContentCheck.Corpus;

// Usage:
//   dotnet run -c Release --project tools/ContentCheck.Bench [-- --sizes 1000,10000,100000] [--runs 3] [--work DIR]
//   (internal) ContentCheck.Bench engine CONTENT_ROOT   — the fresh-process engine run the benchmark times.
//   ContentCheck.Bench site CONTENT_ROOT OUTPUT           — validate + site in one fresh process (profiling the generator).
//   ContentCheck.Bench warm CONTENT_ROOT RUNS [OUTPUT [--change|--edit-one]] — the same work RUNS times in one process
//                  (cost without JIT); --change edits every article before each run, --edit-one one (with the caches).
//   ContentCheck.Bench generate N DIR                    — writes a synthetic content repo of N articles.
if (args.Length == 2 && args[0] == "engine")
{
    return EngineRun.Run(args[1]);
}
if (args.Length == 3 && args[0] == "generate")
{
    // ContentCheck.Bench generate N DIR — a synthetic content repo for profiling by hand.
    new SyntheticCorpus().Write(args[2], int.Parse(args[1], CultureInfo.InvariantCulture));
    return 0;
}
if (args.Length is >= 3 and <= 5 && args[0] == "warm")
{
    return WarmRun.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args.Length >= 4 ? args[3] : null, args.Length == 5 && args[4] == "--change", args.Length == 5 && args[4] == "--edit-one");
}
if (args.Length == 3 && args[0] == "site")
{
    return SiteRun.Run(args[1], args[2]);
}

var sizes = new List<int> { 1000, 10000 };
var runs = 3;
var work = Path.Combine(Path.GetTempPath(), "contentcheck-bench");
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--sizes" when i + 1 < args.Length:
            sizes = args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
            break;
        case "--runs" when i + 1 < args.Length:
            runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--work" when i + 1 < args.Length:
            work = Path.GetFullPath(args[++i]);
            break;
        default:
            Console.Error.WriteLine("usage: ContentCheck.Bench [--sizes 1000,10000,100000] [--runs 3] [--work DIR]");
            return 2;
    }
}

if (!File.Exists("/usr/bin/hugo") && !InstallHugo())
{
    Console.Error.WriteLine("Hugo is missing and could not be installed: run `sudo apt-get install -y hugo` (Debian's 0.111), then run again.");
    return 2;
}

var repoRoot = FindRepoRoot();
var taskProject = Path.Combine(repoRoot, "src", "ContentCheck.Build.Tasks", "ContentCheck.Build.Tasks.csproj");
Console.WriteLine($"Preparing: dotnet build -c Release {taskProject}");
var prepare = Measurement.Run(repoRoot, "dotnet", "build", taskProject, "-c", "Release", "-nologo", "-v:q");
if (prepare.ExitCode != 0)
{
    Console.Error.WriteLine(prepare.Output);
    return 1;
}
var taskAssembly = Path.Combine(repoRoot, "artifacts", "bin", "ContentCheck.Build.Tasks", "release", "ContentCheck.Build.Tasks.dll");

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

    // The content project as a package user has it: ContentCheck's props and targets, the task in MSBuild's process.
    var project = Path.Combine(root, "project");
    Directory.CreateDirectory(project);
    File.WriteAllText(Path.Combine(project, "content.csproj"), $$"""
        <Project Sdk="Microsoft.Build.NoTargets/3.7.0">
          <Import Project="{{Path.Combine(repoRoot, "build", "ContentCheck.props")}}" />
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ContentRoot>../content</ContentRoot>
            <ContentCheckTaskAssembly>{{taskAssembly}}</ContentCheckTaskAssembly>
            <ContentCheckNow>2026-01-01T00:00:00Z</ContentCheckNow>
          </PropertyGroup>
          <Import Project="{{Path.Combine(repoRoot, "build", "ContentCheck.targets")}}" />
        </Project>
        """);
    Measurement.Run(project, "dotnet", "restore", "-nologo", "-v:q");
    var cache = Path.Combine(project, "obj", "contentcheck.cache");
    string[] Build(bool site, bool server) => new[]
    {
        "build", "--no-restore", "-nologo", "-v:q", "-p:ContentCheckGenerateSite=" + (site ? "true" : "false"), "-p:ContentCheckCacheFile=" + cache,
        "-p:ContentCheckUseServer=" + (server ? "true" : "false"),
    };
    Measurement.Sample Fresh(bool site, bool server, Action? before = null)
    {
        File.Delete(cache);
        before?.Invoke();
        return Measurement.Run(project, "dotnet", Build(site, server));
    }
    void TouchAll()
    {
        var now = DateTime.UtcNow;
        foreach (var path in paths)
        {
            File.SetLastWriteTimeUtc(Path.Combine(content, path), now);
        }
    }
    // Every article's text changes (a sentence appended), so the warm server must parse and analyze all of them.
    var rewrites = 0;
    void ChangeAll()
    {
        rewrites++;
        foreach (var path in paths)
        {
            File.AppendAllText(Path.Combine(content, path), $"\nUpdated for benchmark run {rewrites}.\n");
        }
    }

    BuildServers.StopAll();
    var validateInProcess = Best(() => Fresh(site: false, server: false));
    var fullInProcess = Best(() => Fresh(site: true, server: false));
    var firstServer = Best(() => Fresh(site: true, server: true, before: BuildServers.StopAll));
    var validateWarm = Best(() => Fresh(site: false, server: true, before: ChangeAll));
    var fullWarm = Best(() => Fresh(site: true, server: true, before: ChangeAll));
    var touched = Best(() => Fresh(site: true, server: true, before: TouchAll));
    var noOp = Best(() => Measurement.Run(project, "dotnet", Build(site: true, server: true)));
    var edited = Path.Combine(content, paths[size / 2]);
    var edit = Best(() =>
    {
        File.AppendAllText(edited, "\nAn added paragraph of text.\n");
        return Measurement.Run(project, "dotnet", Build(site: true, server: true));
    });
    var serverPeak = BuildServers.PeakMegabytes();
    BuildServers.StopAll();

    foreach (var sample in new[] { engine, validateInProcess, fullInProcess, firstServer, validateWarm, fullWarm, touched, noOp, edit })
    {
        if (sample.ExitCode != 0)
        {
            Console.Error.WriteLine(sample.Output);
        }
    }

    string Row(string what, Measurement.Sample s, bool ratio = true, double? peak = null) => string.Join("|", new[]
    {
        what, s.Seconds.ToString("0.00", CultureInfo.InvariantCulture),
        (size / Math.Max(s.Seconds, 0.001)).ToString("N0", CultureInfo.InvariantCulture),
        (peak ?? s.PeakMegabytes).ToString("0", CultureInfo.InvariantCulture),
        ratio ? (s.Seconds / hugo.Seconds).ToString("0.00", CultureInfo.InvariantCulture) + " ×" : "",
    });
    var n = size.ToString("N0", CultureInfo.InvariantCulture);
    var server = $"; server peak {serverPeak:0} MB";
    rows.Add(Row($"{n}: Hugo 0.111 full build", hugo).Split('|'));
    rows.Add(Row($"{n}: engine alone, validate (fresh process)", engine).Split('|'));
    rows.Add(Row($"{n}: dotnet build, validate only, in MSBuild's process", validateInProcess).Split('|'));
    rows.Add(Row($"{n}: dotnet build, validate + site, in MSBuild's process", fullInProcess).Split('|'));
    rows.Add(Row($"{n}: dotnet build, validate + site, first build (starts the server)", firstServer).Split('|'));
    rows.Add(Row($"{n}: dotnet build, validate only, warm server, every article changed", validateWarm).Split('|'));
    rows.Add(Row($"{n}: dotnet build, validate + site, warm server, every article changed", fullWarm).Split('|'));
    rows.Add(Row($"{n}: dotnet build, warm server, every article touched, text unchanged", touched).Split('|'));
    rows.Add(Row($"{n}: dotnet build, no-op", noOp).Split('|'));
    rows.Add(Row($"{n}: dotnet build, one article edited (warm server{server})", edit).Split('|'));
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
Console.WriteLine($"Best of {runs} runs each; {Environment.ProcessorCount} cores; MSBUILDDISABLENODEREUSE=1, DOTNET_CLI_USE_MSBUILD_SERVER=0, UseSharedCompilation=false.");
Console.WriteLine("Peak MB of a dotnet build row is the build's own processes; the build server's peak is given in the edit row.");
Console.Write(table);
return 0;

Measurement.Sample Best(Func<Measurement.Sample> run)
{
    var samples = Enumerable.Range(0, runs).Select(_ => run()).ToList();
    return samples.OrderBy(s => s.Seconds).First() with { PeakMegabytes = samples.Max(s => s.PeakMegabytes) };
}

// Debian's package, as root directly or through sudo without a password prompt; false when neither works.
static bool InstallHugo()
{
    Console.WriteLine("Hugo is missing: installing Debian's package (apt-get install -y hugo)");
    var root = Environment.UserName == "root";
    var install = root ? Measurement.Run("/", "apt-get", "install", "-y", "hugo") : Measurement.Run("/", "sudo", "-n", "apt-get", "install", "-y", "hugo");
    return install.ExitCode == 0 && File.Exists("/usr/bin/hugo");
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
