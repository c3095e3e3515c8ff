using PageShare.TestSupport.Database;

namespace PageShare.Infrastructure.IntegrationTests.Persistence;

public sealed class DatabaseResetTests
{
    [Fact]
    public async Task TruncateAllAsync_PopulatedDatabase_EmptiesTablesButKeepsMigrations()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("reset");
        var sql = new Sql(database.ConnectionString);
        var user = await sql.UserAsync();
        await sql.PostAsync(user);

        await DatabaseReset.TruncateAllAsync(database.ConnectionString);

        (await sql.ScalarAsync<long>("select (select count(*) from users) + (select count(*) from posts)")).Should().Be(0);
        (await sql.ScalarAsync<long>("select count(*) from schema_migrations")).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task DisposeAsync_OpenConnections_DropsTheDatabase()
    {
        var database = await TestDatabase.CreateAsync("dispose");
        var sql = new Sql(database.ConnectionString);
        await using var open = await sql.OpenAsync();

        await database.DisposeAsync();

        var admin = new Sql(await PostgresServer.GetAdminConnectionStringAsync());
        (await admin.ScalarAsync<long>("select count(*) from pg_database where datname = $1", database.Name)).Should().Be(0);
    }
}
