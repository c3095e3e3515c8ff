using PageShare.Infrastructure.Persistence;
using PageShare.Infrastructure.Persistence.Seeding.BulkData;
using PageShare.TestSupport.Auth;
using PageShare.TestSupport.Database;

namespace PageShare.Infrastructure.IntegrationTests.Persistence.Seeding;

/// <summary>One database loaded once by the bulk seeder (300 users, 3,000 posts) for the read-only checks.</summary>
public sealed class BulkSeededDatabaseFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 15, 30, 0, TimeSpan.Zero);
    public static readonly BulkSeedOptions Options = new(Users: 300, Posts: 3000, Seed: 42, ExistingDataPolicy.Refuse);

    private TestDatabase? _database;

    public string ConnectionString => _database?.ConnectionString
        ?? throw new InvalidOperationException("The fixture is not initialised.");

    public BulkSeedReport Report { get; private set; } = null!;

    public static Task<BulkSeedReport> SeedAsync(string connectionString, BulkSeedOptions options) =>
        new BulkDataSeeder(new DatabaseSettings(connectionString), new ManualTimeProvider(Now)).SeedAsync(options, TextWriter.Null, CancellationToken.None);

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateMigratedAsync("bulk_seed");
        Report = await SeedAsync(_database.ConnectionString, Options);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
