namespace PageShare.Infrastructure.IntegrationTests.Persistence.Seeding;

/// <summary>The bulk-seed test classes share one seeded database (and so run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class BulkSeededCollection : ICollectionFixture<BulkSeededDatabaseFixture>
{
    public const string Name = "bulk seeded database";
}
