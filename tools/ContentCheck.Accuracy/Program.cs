using System.Globalization;
using ContentCheck.Accuracy;

// Usage: dotnet run -c Release --project tools/ContentCheck.Accuracy [-- --clean 1000 --faults 20 --work DIR]
var clean = 1000;
var faults = 20;
var work = Path.Combine(Path.GetTempPath(), "contentcheck-accuracy");
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--clean": clean = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--faults": faults = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--work": work = Path.GetFullPath(args[i + 1]); break;
        default:
            Console.Error.WriteLine("usage: ContentCheck.Accuracy [--clean N] [--faults N-per-kind] [--work DIR]");
            return 2;
    }
}
var report = AccuracyRun.Run(work, clean, faults);
Console.Write(AccuracyRun.Format(report));
return report.CleanFindings.Count == 0 && report.Rules.All(r => r.Recall >= 0.95) ? 0 : 1;
