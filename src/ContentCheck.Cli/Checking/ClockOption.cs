using System.CommandLine;
using System.Globalization;

namespace ContentCheck.Cli.Checking;

/// <summary><c>--now</c>: pins the clock the rules compare against, as <c>ContentCheckNow</c> does for the build.</summary>
internal static class ClockOption
{
    public static Option<string?> Create() => new("--now")
    {
        Description = "Pin the clock for 'published in the future' (ISO 8601, e.g. 2026-01-01T00:00:00Z); default: now.",
        HelpName = "ISO-8601",
    };

    public static DateTimeOffset Read(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DateTimeOffset.UtcNow;
        }
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var now)
            ? now
            : throw new CommandLineException($"--now '{value}' is not a date-time. Use ISO 8601, e.g. --now 2026-01-01T00:00:00Z.");
    }
}
