namespace ContentCheck.Documents;

/// <summary>Why a file could not be read as an article. Each kind becomes a diagnostic, never an exception.</summary>
public enum DocumentProblemKind
{
    /// <summary>The file is empty or only whitespace.</summary>
    Empty,

    /// <summary>The file holds NUL bytes: an image or other binary saved with a .md name.</summary>
    Binary,

    /// <summary>The bytes are not valid UTF-8.</summary>
    InvalidUtf8,

    /// <summary>The file is larger than <see cref="DocumentLoader.MaxFileBytes"/>.</summary>
    TooLarge,

    /// <summary>The file could not be read at all (permissions, vanished).</summary>
    Unreadable,

    /// <summary>The first line is not <c>---</c>.</summary>
    NoFrontMatter,

    /// <summary>The opening <c>---</c> has no closing <c>---</c> line.</summary>
    UnclosedFrontMatter,

    /// <summary>The front matter is YAML but not a mapping of keys to values.</summary>
    FrontMatterNotMapping,
}
