using Microsoft.EntityFrameworkCore;
using PageShare.Infrastructure.Persistence;
using PageShare.TestSupport.Database;

namespace PageShare.Infrastructure.IntegrationTests.Persistence.QueryPlans;

/// <summary>A migrated database filled with <see cref="LargeDataset"/>, built once for all query-plan tests.</summary>
public sealed class LargeDatasetFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public Guid ViewerId { get; private set; }

    public Guid MostCommentedPostId { get; private set; }

    private TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateMigratedAsync("queryplans");
        var sql = new Sql(_database.ConnectionString);
        await sql.ExecuteAsync(LargeDataset.Load);
        // As autovacuum would: statistics, and the visibility map that lets index-only scans skip the table.
        await sql.ExecuteAsync("vacuum analyze");
        ViewerId = await sql.ScalarAsync<Guid>(LargeDataset.ViewerId);
        MostCommentedPostId = await sql.ScalarAsync<Guid>(LargeDataset.MostCommentedPostId);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>A context whose every query is explained first, into <paramref name="explainer"/>.</summary>
    internal PageShareDbContext CreateContext(ExplainingInterceptor explainer) => new(
        new DbContextOptionsBuilder<PageShareDbContext>().UseNpgsql(Database.ConnectionString).AddInterceptors(explainer).Options);
}
