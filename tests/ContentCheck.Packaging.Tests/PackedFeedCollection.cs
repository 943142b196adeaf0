namespace ContentCheck.Packaging.Tests;

/// <summary>The tests that share one packed feed (packing costs seconds; it is done once) and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Packed feed";
}
