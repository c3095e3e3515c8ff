namespace PageShare.Infrastructure.IntegrationTests.Persistence.QueryPlans;

/// <summary>The query-plan test classes share one <see cref="LargeDatasetFixture"/>: generating it is the expensive part.</summary>
[CollectionDefinition(Name)]
public sealed class QueryPlanCollection : ICollectionFixture<LargeDatasetFixture>
{
    public const string Name = "Query plans over a large dataset";
}
