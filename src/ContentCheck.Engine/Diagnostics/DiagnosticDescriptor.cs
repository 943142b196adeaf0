namespace ContentCheck.Diagnostics;

/// <summary>
/// Describes one rule, as Roslyn's <c>DiagnosticDescriptor</c>: a stable id (<c>CC</c> and four digits),
/// a title, a message format with <c>{0}</c>-style arguments, a category, a default severity, whether it
/// runs by default, a description and a help link.
/// </summary>
public sealed class DiagnosticDescriptor
{
    /// <summary>Creates a descriptor; the help link is derived from the category and id.</summary>
    public DiagnosticDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        bool isEnabledByDefault,
        string description)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        Description = description;
        HelpLinkUri = HelpLinks.For(category, id);
    }

    /// <summary>The stable rule id, e.g. <c>CC2001</c>.</summary>
    public string Id { get; }

    /// <summary>A short title, e.g. "Date cannot be parsed".</summary>
    public string Title { get; }

    /// <summary>The message, with <see cref="string.Format(string, object[])"/> placeholders.</summary>
    public string MessageFormat { get; }

    /// <summary>The family, one of <see cref="RuleCategory"/>.</summary>
    public string Category { get; }

    /// <summary>The severity when no configuration says otherwise.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>Whether the rule runs when no configuration mentions it.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>A paragraph on what the rule checks and why.</summary>
    public string Description { get; }

    /// <summary>The rule's documentation page.</summary>
    public string HelpLinkUri { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
