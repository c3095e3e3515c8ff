using System.Net;
using Npgsql;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Health;

public sealed class HealthTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Live_Always_Returns200()
    {
        var json = await Anonymous.GetAsync("/health/live").ReadJsonAsync();

        json.GetProperty("status").GetString().Should().Be("ok");
    }

    [Fact]
    public async Task Ready_MigratedDatabase_Returns200Current()
    {
        var json = await Anonymous.GetAsync("/health/ready").ReadJsonAsync();

        json.GetProperty("status").GetString().Should().Be("ok");
        json.GetProperty("database").GetString().Should().Be("ok");
        json.GetProperty("migrations").GetString().Should().Be("current");
    }

    [Fact]
    public async Task Ready_ProbeQuery_OpensNoContextConnection()
    {
        // The probe checks the database on its own connection; a query not marked IMultiStatementQuery must not make
        // the request's DbContext open one too (and fail before the probe when the database is down).
        using var counter = new SqlCommandCounter(Factory.ConnectionString);

        await Anonymous.GetAsync("/health/ready").ReadJsonAsync();

        counter.ConnectionOpens.Should().Be(0);
    }

    [Fact]
    public async Task Ready_MigrationMissing_Returns503Pending()
    {
        // The host refuses to start with a pending migration, so it must be running before the row goes.
        (await Anonymous.GetAsync("/health/live")).EnsureSuccessStatusCode();
        var removed = await RemoveNewestMigrationRowAsync();
        try
        {
            var json = await Anonymous.GetAsync("/health/ready").ReadJsonAsync(HttpStatusCode.ServiceUnavailable);

            json.GetProperty("migrations").GetString().Should().Be("pending");
            json.GetProperty("database").GetString().Should().Be("ok");
        }
        finally
        {
            await RestoreMigrationRowAsync(removed);
        }
    }

    private async Task<object[]> RemoveNewestMigrationRowAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations) RETURNING *", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var values = new object[reader.FieldCount];
        reader.GetValues(values);
        return values;
    }

    private async Task RestoreMigrationRowAsync(object[] values)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        var parameters = string.Join(", ", values.Select((_, i) => "$" + (i + 1)));
        await using var command = new NpgsqlCommand($"INSERT INTO schema_migrations VALUES ({parameters})", connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync();
    }
}
