using ContentCheck.Baseline;
using ContentCheck.Diagnostics;
using Microsoft.Build.Framework;

namespace ContentCheck.Build;

/// <summary>
/// The baseline, for adopting ContentCheck on a corpus with thousands of existing findings: with
/// <c>ContentCheckUpdateBaseline=true</c> the current findings are written to the baseline file; otherwise findings
/// recorded there are demoted to messages and only new ones fail the build, and entries that no longer match any
/// finding are listed as removable.
/// </summary>
internal static class BaselineStep
{
    public static bool TryApply(CheckContent task, IReadOnlyList<Diagnostic> all, out IReadOnlyList<Diagnostic> diagnostics, out bool applied)
    {
        diagnostics = all;
        applied = false;
        if (string.IsNullOrEmpty(task.Baseline))
        {
            if (task.UpdateBaseline)
            {
                task.Log.LogError(null, BuildErrorCodes.BaselineMissing, null, null, 0, 0, 0, 0,
                    "ContentCheckUpdateBaseline=true needs a file to write: set ContentCheckBaseline, e.g. -p:ContentCheckBaseline=contentcheck.baseline.json.");
                return false;
            }
            return true;
        }

        var path = Path.GetFullPath(task.Baseline!);
        if (task.UpdateBaseline)
        {
            BaselineFile.Write(path, all);
            task.Log.LogMessage(MessageImportance.High, "ContentCheck: baseline written to {0} ({1} findings recorded)", path,
                all.Count(d => !d.IsSuppressed && d.Severity >= DiagnosticSeverity.Warning));
        }
        else if (!File.Exists(path))
        {
            task.Log.LogError(null, BuildErrorCodes.BaselineMissing, null, path, 0, 0, 0, 0,
                "The baseline file '{0}' does not exist. Create it from the current findings with -p:ContentCheckUpdateBaseline=true, or unset ContentCheckBaseline.", path);
            return false;
        }

        BaselineFile baseline;
        try
        {
            baseline = BaselineFile.Read(path);
        }
        catch (InvalidDataException ex)
        {
            task.Log.LogError(null, BuildErrorCodes.BaselineInvalid, null, path, 0, 0, 0, 0, ex.Message);
            return false;
        }

        var result = baseline.Apply(all);
        foreach (var entry in result.Removable)
        {
            task.Log.LogMessage(MessageImportance.Normal,
                "{0}: {1} is fixed and can be removed from the baseline ({2}); rewrite it with -p:ContentCheckUpdateBaseline=true.",
                entry.Path, entry.RuleId, entry.Message);
        }
        if (result.Removable.Count > 0)
        {
            task.Log.LogMessage(MessageImportance.High, "ContentCheck: {0} baseline entries are fixed and can be removed (see -v:n).", result.Removable.Count);
        }
        diagnostics = result.Diagnostics;
        applied = true;
        return true;
    }
}
