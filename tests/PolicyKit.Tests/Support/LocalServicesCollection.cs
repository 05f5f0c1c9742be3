namespace PolicyKit.Tests.Support;

/// <summary>Tests against the real storage and mail servers join this collection, so the servers start once per run.</summary>
[CollectionDefinition(Name)]
public sealed class LocalServicesCollection : ICollectionFixture<LocalServicesFixture>
{
    public const string Name = "local services";
}
