using System.Globalization;
using ContentCheck.Analysis;
using ContentCheck.Diagnostics;
using ContentCheck.Metadata;

namespace ContentCheck.Rules.Dates;

/// <summary>CC2007: <c>published</c> is earlier than the <c>founded</c> date sources.yml gives for the article's source.</summary>
public sealed class PublishedBeforeFoundedAnalyzer : ContentAnalyzer
{
    /// <summary>The rule.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.PublishedBeforeFounded,
        "Published before the source existed",
        "'{0}' is {1}, before {2} was founded ({3} in sources.yml); correct the date (a wrong century or a swapped digit?) or the source",
        RuleCategory.Dates,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "An outlet cannot publish before it exists. A publication date earlier than the source's 'founded' date is a typo in the year (1907 for 2007) or an article filed under the wrong source.");

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalyzerRegistration registration) => registration.RegisterFrontMatterAction(context =>
    {
        if (DateField.Find(context, FieldNames.Published) is not { } published
            || context.Article.Source is not { } sourceId
            || context.Project.Sources?.Find(sourceId) is not { } source
            || source.GetText("founded") is not { } founded
            || !TryParseFounded(founded.Trim(), out var foundedDate))
        {
            return;
        }
        if (published.Date.LocalDate < foundedDate)
        {
            context.Report(Rule, published.Node, published.Name, published.Text, source.Id, founded.Trim());
        }
    });

    /// <summary>A founding date may be a day (1922-11-14), a month (1922-11) or a year (1922): the earliest day it
    /// allows is the bound, so a source "founded: 1922" accepts anything from 1 January 1922.</summary>
    internal static bool TryParseFounded(string text, out DateTime date)
    {
        if (ArticleDate.TryParse(text, out var day))
        {
            date = day.LocalDate;
            return true;
        }
        return DateTime.TryParseExact(text, new[] { "yyyy-MM", "yyyy" }, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
