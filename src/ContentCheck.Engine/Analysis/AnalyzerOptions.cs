namespace ContentCheck.Analysis;

/// <summary>The options of one run.</summary>
public sealed class AnalyzerOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="now">The clock rules compare against ("published in the future"); builds pin it with
    /// <c>ContentCheckNow</c> so a result does not change with the day it is built.</param>
    /// <param name="configuration">Severities and rule options; null uses every rule's defaults.</param>
    public AnalyzerOptions(DateTimeOffset now, IRuleConfiguration? configuration = null)
    {
        Now = now;
        Configuration = configuration ?? DefaultRuleConfiguration.Instance;
    }

    /// <summary>The current instant as the rules see it.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Severities and rule options.</summary>
    public IRuleConfiguration Configuration { get; }
}
