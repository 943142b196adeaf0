using System.Text;

namespace ContentCheck.Cli.Reporting;

/// <summary><c>--output FILE</c>: the report written beside its target and moved over it, so a failed or interrupted
/// run never leaves half a log for CI to upload.</summary>
internal static class ReportFile
{
    public static void Write(string path, string text)
    {
        try
        {
            var full = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var temporary = full + ".tmp";
            File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandLineException($"--output '{path}' could not be written: {ex.Message}");
        }
    }
}
