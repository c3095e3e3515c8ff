using Npgsql;
using PageShare.TestSupport.Auth;
using PageShare.TestSupport.Database;

namespace PageShare.Api.IntegrationTests.Cli;

/// <summary>The operator verbs and production start-up checks, run against the real binary.</summary>
public sealed class CommandLineTests
{
    private const string ProductionSecret = "a-real-looking-production-secret-4f9c2e7b1d";

    [Fact]
    public async Task Production_PendingMigrations_RefusesToServeAndSaysSo()
    {
        await using var database = await TestDatabase.CreateAsync("cli_pending");

        var (exitCode, output) = await WebApiProcess.RunAsync(Production(database.ConnectionString));

        exitCode.Should().Be(1);
        output.Should().Contain("Refusing to serve").And.Contain("migrate");
    }

    [Fact]
    public async Task Production_MissingSecrets_RefusesToStartNamingTheVariables()
    {
        await using var database = await TestDatabase.CreateAsync("cli_secrets");
        var environment = new Dictionary<string, string> { ["ENVIRONMENT"] = "production", ["DATABASE_URL"] = database.ConnectionString };

        var (exitCode, output) = await WebApiProcess.RunAsync(environment);

        exitCode.Should().Be(1);
        output.Should().Contain("SUPABASE_JWT_SECRET").And.Contain("IP_HASH_SALT").And.Contain("PUBLIC_BASE_URL");
    }

    [Fact]
    public async Task Migrate_FreshDatabase_AppliesEverythingOnce()
    {
        await using var database = await TestDatabase.CreateAsync("cli_migrate");

        var first = await WebApiProcess.RunAsync(Production(database.ConnectionString), "migrate");
        var second = await WebApiProcess.RunAsync(Production(database.ConnectionString), "migrate");

        first.ExitCode.Should().Be(0, first.Output);
        second.ExitCode.Should().Be(0, second.Output);
        (await CountAsync(database.ConnectionString, "SELECT count(*) FROM schema_migrations")).Should().BePositive();
    }

    [Fact]
    public async Task Seed_EmptyDatabase_CreatesDemoUsersOnlyOnce()
    {
        await using var database = await TestDatabase.CreateAsync("cli_seed");
        var environment = Development(database.ConnectionString);

        var first = await WebApiProcess.RunAsync(environment, "seed");
        first.ExitCode.Should().Be(0, first.Output);
        var afterFirst = await CountAsync(database.ConnectionString, "SELECT count(*) FROM users");
        var postsAfterFirst = await CountAsync(database.ConnectionString, "SELECT count(*) FROM posts");
        (await WebApiProcess.RunAsync(environment, "seed")).ExitCode.Should().Be(0);

        afterFirst.Should().BeGreaterThan(4);
        (await CountAsync(database.ConnectionString, "SELECT count(*) FROM users")).Should().Be(afterFirst);
        (await CountAsync(database.ConnectionString, "SELECT count(*) FROM users WHERE username = 'alice'")).Should().Be(1);
        postsAfterFirst.Should().BeGreaterThanOrEqualTo(50);
        (await CountAsync(database.ConnectionString, "SELECT count(*) FROM posts")).Should().Be(postsAfterFirst);
        (await CountAsync(database.ConnectionString, "SELECT count(*) FROM tickers WHERE symbol IN ('AAPL', 'TSLA', 'NVDA', 'SPY') AND name IS NOT NULL"))
            .Should().Be(4);
        (await CountAsync(database.ConnectionString, "SELECT count(*) FROM posts WHERE created_at > now() - interval '1 hour'")).Should().BePositive();
        (await CountAsync(database.ConnectionString, "SELECT count(*) FROM posts WHERE sentiment IS NOT NULL")).Should().BePositive();
        (await CountAsync(database.ConnectionString, "SELECT count(*) FROM polls")).Should().BePositive();
        (await CountAsync(database.ConnectionString, "SELECT count(*) FROM posts WHERE quoted_post_id IS NOT NULL")).Should().BePositive();
    }

    [Fact]
    public async Task DevToken_InDevelopment_PrintsAVerifiableToken()
    {
        await using var database = await TestDatabase.CreateAsync("cli_token");

        var (exitCode, output) = await WebApiProcess.RunAsync(Development(database.ConnectionString), "dev-token", "bob");

        exitCode.Should().Be(0, output);
        var token = output.Trim().Split('\n').Last().Trim();
        token.Split('.').Should().HaveCount(3);
        token.Should().StartWith("eyJ");
    }

    [Fact]
    public async Task DevToken_InProduction_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync("cli_token_prod");

        var (exitCode, output) = await WebApiProcess.RunAsync(Production(database.ConnectionString), "dev-token");

        exitCode.Should().Be(1);
        output.Should().Contain("development");
    }

    internal static Dictionary<string, string> Production(string connectionString) => new()
    {
        ["ENVIRONMENT"] = "production",
        ["DATABASE_URL"] = connectionString,
        ["SUPABASE_JWT_SECRET"] = ProductionSecret,
        ["IP_HASH_SALT"] = "0f8e1c2b7a6d5e4f3a2b1c0d9e8f7a6b",
        ["GEOLOCATION_PROVIDER"] = "none",
        ["PUBLIC_BASE_URL"] = "https://api.pageshare.example",
    };

    private static Dictionary<string, string> Development(string connectionString) => new()
    {
        ["ENVIRONMENT"] = "development",
        ["DATABASE_URL"] = connectionString,
        ["SUPABASE_JWT_SECRET"] = TestTokens.Secret,
    };

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
