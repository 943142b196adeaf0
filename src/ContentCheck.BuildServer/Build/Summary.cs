using System.Globalization;

namespace ContentCheck.Build;

/// <summary>The one-line summary: <c>ContentCheck: 1,204 articles, 2 errors, 5 warnings in 0.84 s</c>.</summary>
internal static class Summary
{
    public static string Format(int articles, int errors, int warnings, TimeSpan elapsed) =>
        string.Format(CultureInfo.InvariantCulture, "ContentCheck: {0} {1}, {2} {3}, {4} {5} in {6:0.00} s",
            articles.ToString("N0", CultureInfo.InvariantCulture), articles == 1 ? "article" : "articles",
            errors.ToString("N0", CultureInfo.InvariantCulture), errors == 1 ? "error" : "errors",
            warnings.ToString("N0", CultureInfo.InvariantCulture), warnings == 1 ? "warning" : "warnings",
            elapsed.TotalSeconds);
}
