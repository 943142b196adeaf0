using ContentCheck.Build.Protocol;

namespace ContentCheck.Build;

/// <summary>How a defect in ContentCheck itself is reported: one clear line (CCB999), the stack trace only at
/// <c>-v:diag</c>, never a crash of the build.</summary>
internal static class InternalError
{
    public static void Log(BuildLog log, Exception ex)
    {
        log.Error(BuildErrorCodes.InternalError, null,
            "ContentCheck failed unexpectedly ({0}: {1}). This is a bug in ContentCheck; please report it with the command you ran.",
            ex.GetType().Name, ex.Message);
        log.Message(BuildMessageImportance.Low, "{0}", ex.ToString());
    }
}
