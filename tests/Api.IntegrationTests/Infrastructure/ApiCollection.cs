namespace PageShare.Api.IntegrationTests.Infrastructure;

/// <summary>One host and one database for the collection; its tests run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<PageShareApiFactory>
{
    public const string Name = "api";
}
