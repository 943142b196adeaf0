using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;

namespace ContentCheck.Rules.Dates;

/// <summary>CC2004: <c>updated</c> is earlier than <c>published</c>.</summary>
public sealed class UpdatedBeforePublishedAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.UpdatedBeforePublished,
        "Updated before published",
        "'{0}' ({1}) is before '{2}' ({3}); an article cannot be updated before it appears, so correct whichever date is wrong",
        RuleCategory.Dates,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "The date of an update is never earlier than the date of publication; when it is, one of the two is a typo.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterFrontMatterAction(context =>
    {
        if (DateField.Find(context, FieldNames.Published) is { } published
            && DateField.Find(context, FieldNames.Updated) is { } updated
            && IsBefore(updated.Date, published.Date))
        {
            context.Report(Rule, updated.Node, updated.Name, updated.Text, published.Name, published.Text);
        }
    });

    /// <summary>Two date-times compare as instants; when either is a date alone, the dates as written compare,
    /// since a date alone says nothing about the hour.</summary>
    internal static bool IsBefore(ArticleDate updated, ArticleDate published) =>
        updated.HasTime && published.HasTime ? updated.Instant < published.Instant : updated.LocalDate < published.LocalDate;
}
