namespace ContentCheck.Metadata;

/// <summary>The registry file an id field resolves in.</summary>
public enum RegistryKind
{
    /// <summary><c>sources.yml</c>.</summary>
    Sources,

    /// <summary><c>people.yml</c>.</summary>
    People,

    /// <summary><c>topics.yml</c>.</summary>
    Topics,
}
