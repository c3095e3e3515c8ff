using Npgsql;
using PageShare.TestSupport.Auth;
using PageShare.TestSupport.Database;

namespace PageShare.Api.IntegrationTests.Cli;

/// <summary><c>seed --users N --posts M</c> run as an operator would, on the real binary.</summary>
public sealed class BulkSeedCommandTests
{
    [Fact]
    public async Task SeedBulk_EmptyDatabaseThenAgain_LoadsOnceThenRefuses()
    {
        await using var database = await TestDatabase.CreateAsync("cli_bulk_seed");
        var environment = new Dictionary<string, string>
        {
            ["ENVIRONMENT"] = "development",
            ["DATABASE_URL"] = database.ConnectionString,
            ["SUPABASE_JWT_SECRET"] = TestTokens.Secret,
        };

        var first = await WebApiProcess.RunAsync(environment, "seed", "--users", "50", "--posts", "400");
        var second = await WebApiProcess.RunAsync(environment, "seed", "--users", "50", "--posts", "400");

        first.ExitCode.Should().Be(0, first.Output);
        first.Output.Should().Contain("reactions").And.Contain("total (rows loaded)");
        second.ExitCode.Should().Be(1, second.Output);
        second.Output.Should().Contain("--append").And.Contain("--reset");
        (await CountAsync(database.ConnectionString, "select count(*) from users")).Should().Be(50);
        (await CountAsync(database.ConnectionString, "select count(*) from posts")).Should().Be(400);
    }

    [Fact]
    public async Task SeedBulk_ResetOutsideDevelopment_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync("cli_bulk_reset");
        var environment = new Dictionary<string, string>
        {
            ["ENVIRONMENT"] = "production",
            ["DATABASE_URL"] = database.ConnectionString,
            ["SUPABASE_JWT_SECRET"] = "a-real-looking-production-secret-4f9c2e7b1d",
            ["IP_HASH_SALT"] = "0f8e1c2b7a6d5e4f3a2b1c0d9e8f7a6b",
            ["PUBLIC_BASE_URL"] = "https://api.pageshare.example",
        };

        var (exitCode, output) = await WebApiProcess.RunAsync(environment, "seed", "--users", "50", "--reset");

        exitCode.Should().Be(1);
        output.Should().Contain("development");
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
