using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PageShare.Infrastructure.Persistence.Migrations;
using PageShare.Infrastructure.Persistence.Seeding.BulkData;
using PageShare.TestSupport.Database;

namespace PageShare.Infrastructure.IntegrationTests.Persistence.Seeding;

/// <summary>A managed database (Supabase) gives an owner role, not a superuser: the load must still work.</summary>
public sealed class BulkSeedOwnerRoleTests
{
    [Fact]
    public async Task Seed_AsOwnerWithoutSuperuser_DisablesUserTriggersOnlyAndStaysExact()
    {
        var database = await TestDatabase.CreateAsync("bulk_seed_owner");
        var role = database.Name + "_owner";
        await AdminAsync($"create role {role} login; alter database {database.Name} owner to {role}");
        try
        {
            var asOwner = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = role }.ConnectionString;
            await new Migrator(asOwner, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None);

            var report = await BulkSeededDatabaseFixture.SeedAsync(asOwner, new BulkSeedOptions(60, 400, 5, ExistingDataPolicy.Refuse));

            report.TriggerMode.Should().Contain("disable trigger user");
            var sql = new Sql(asOwner);
            (await sql.ScalarAsync<long>("select count(*) from pg_trigger where not tgisinternal and tgenabled <> 'O'")).Should().Be(0);
            (await sql.ScalarAsync<long>("select count(*) from posts")).Should().Be(400);
            await using var connection = await sql.OpenAsync();
            (await CounterAudit.CountMismatchesAsync(connection, CancellationToken.None)).Values.Should().OnlyContain(v => v == 0);
        }
        finally
        {
            await database.DisposeAsync();
            await AdminAsync($"drop role if exists {role}");
        }
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(await PostgresServer.GetAdminConnectionStringAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
