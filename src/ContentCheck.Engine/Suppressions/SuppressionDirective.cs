using ContentCheck.Text;

namespace ContentCheck.Suppressions;

/// <summary>The forms a suppression takes in an article.</summary>
public enum SuppressionDirectiveKind
{
    /// <summary><c>&lt;!-- contentcheck-disable ids --&gt;</c>: from here until a matching restore.</summary>
    Disable,

    /// <summary><c>&lt;!-- contentcheck-restore ids --&gt;</c>: ends a disable.</summary>
    Restore,

    /// <summary><c>&lt;!-- contentcheck-disable-next-line ids --&gt;</c>: the line after the comment.</summary>
    DisableNextLine,

    /// <summary>An entry of the front-matter <c>suppress:</c> list: the whole file.</summary>
    FrontMatter,
}

/// <summary>A rule id as written in a suppression, and where.</summary>
/// <param name="Id">The id as written.</param>
/// <param name="Span">Its span in the file.</param>
public sealed record SuppressionId(string Id, TextSpan Span);

/// <summary>One suppression written in an article.</summary>
/// <param name="Kind">Its form.</param>
/// <param name="Span">The comment or front-matter entry.</param>
/// <param name="Ids">The rules it names; empty means every rule (comments only).</param>
/// <param name="Justification">The reason given (<c>-- reason</c> in a comment, <c>reason:</c> in front matter), or null.</param>
/// <param name="TargetLine">For <see cref="SuppressionDirectiveKind.DisableNextLine"/>, the zero-based line it covers.</param>
public sealed record SuppressionDirective(SuppressionDirectiveKind Kind, TextSpan Span, IReadOnlyList<SuppressionId> Ids, string? Justification, int TargetLine = -1)
{
    /// <summary>Whether it names <paramref name="ruleId"/> or every rule.</summary>
    public bool Covers(string ruleId) => Ids.Count == 0 || Ids.Any(i => string.Equals(i.Id, ruleId, StringComparison.OrdinalIgnoreCase));
}
