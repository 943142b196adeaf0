using ContentCheck.Baseline;
using ContentCheck.Build.Protocol;
using ContentCheck.Diagnostics;

namespace ContentCheck.Build;

/// <summary>
/// The baseline, for adopting ContentCheck on a corpus with thousands of existing findings: with
/// <c>ContentCheckUpdateBaseline=true</c> the current findings are written to the baseline file; otherwise findings
/// recorded there are demoted to messages and only new ones fail the build, and entries that no longer match any
/// finding are listed as removable.
/// </summary>
internal static class BaselineStep
{
    public static bool TryApply(BuildRequest request, BuildLog log, IReadOnlyList<Diagnostic> all, out IReadOnlyList<Diagnostic> diagnostics, out bool applied)
    {
        diagnostics = all;
        applied = false;
        if (string.IsNullOrEmpty(request.Baseline))
        {
            if (request.UpdateBaseline)
            {
                log.Error(BuildErrorCodes.BaselineMissing, null,
                    "ContentCheckUpdateBaseline=true needs a file to write: set ContentCheckBaseline, e.g. -p:ContentCheckBaseline=contentcheck.baseline.json.");
                return false;
            }
            return true;
        }

        var path = Path.GetFullPath(request.Baseline!);
        if (request.UpdateBaseline)
        {
            BaselineFile.Write(path, all);
            log.Message(BuildMessageImportance.High, "ContentCheck: baseline written to {0} ({1} findings recorded)", path,
                all.Count(d => !d.IsSuppressed && d.Severity >= DiagnosticSeverity.Warning));
        }
        else if (!File.Exists(path))
        {
            log.Error(BuildErrorCodes.BaselineMissing, path,
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
            log.Error(BuildErrorCodes.BaselineInvalid, path, ex.Message);
            return false;
        }

        var result = baseline.Apply(all);
        foreach (var entry in result.Removable)
        {
            log.Message(BuildMessageImportance.Normal,
                "{0}: {1} is fixed and can be removed from the baseline ({2}); rewrite it with -p:ContentCheckUpdateBaseline=true.",
                entry.Path, entry.RuleId, entry.Message);
        }
        if (result.Removable.Count > 0)
        {
            log.Message(BuildMessageImportance.High, "ContentCheck: {0} baseline entries are fixed and can be removed (see -v:n).", result.Removable.Count);
        }
        diagnostics = result.Diagnostics;
        applied = true;
        return true;
    }
}
