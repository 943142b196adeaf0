namespace ContentCheck.Build;

/// <summary>Codes of errors about the build's own configuration (not about an article): <c>CCB</c> + 3 digits,
/// so they never collide with rule ids.</summary>
internal static class BuildErrorCodes
{
    /// <summary>ContentRoot points nowhere.</summary>
    public const string ContentRootMissing = "CCB001";

    /// <summary>ContentCheckNow is not a date-time.</summary>
    public const string InvalidNow = "CCB002";

    /// <summary>The site could not be written.</summary>
    public const string SiteFailed = "CCB003";

    /// <summary>The baseline file is missing, or updating it needs a path.</summary>
    public const string BaselineMissing = "CCB004";

    /// <summary>The baseline file cannot be read.</summary>
    public const string BaselineInvalid = "CCB005";

    /// <summary>ContentCheck itself failed.</summary>
    public const string InternalError = "CCB999";
}
