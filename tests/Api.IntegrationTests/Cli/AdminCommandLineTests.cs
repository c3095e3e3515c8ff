using Npgsql;
using PageShare.TestSupport.Database;

namespace PageShare.Api.IntegrationTests.Cli;

/// <summary><c>admin grant|revoke|list</c>, run against the real binary as an operator would.</summary>
public sealed class AdminCommandLineTests
{
    [Fact]
    public async Task GrantListRevoke_KnownUser_ChangesTheStoredRole()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("cli_admin");
        var userId = await InsertUserAsync(database.ConnectionString, "carol");
        var environment = CommandLineTests.Production(database.ConnectionString);

        var grant = await WebApiProcess.RunAsync(environment, "admin", "grant", "Carol");
        var regrant = await WebApiProcess.RunAsync(environment, "admin", "grant", "carol");
        var listed = await WebApiProcess.RunAsync(environment, "admin", "list");
        var roleAfterGrant = await RoleAsync(database.ConnectionString, userId);
        var revoke = await WebApiProcess.RunAsync(environment, "admin", "revoke", "carol");
        var listedAfterRevoke = await WebApiProcess.RunAsync(environment, "admin", "list");

        grant.ExitCode.Should().Be(0, grant.Output);
        grant.Output.Should().Contain($"carol ({userId}) is an admin.");
        regrant.ExitCode.Should().Be(0, regrant.Output);
        roleAfterGrant.Should().Be("admin");
        listed.Output.Should().Contain("1 admin(s):").And.Contain($"carol\t{userId}");
        revoke.ExitCode.Should().Be(0, revoke.Output);
        revoke.Output.Should().Contain("is no longer an admin");
        (await RoleAsync(database.ConnectionString, userId)).Should().Be("user");
        listedAfterRevoke.Output.Should().Contain("No admins");
    }

    [Theory]
    [InlineData("grant")]
    [InlineData("revoke")]
    public async Task GrantOrRevoke_UnknownUser_ExitsWithOneAndSaysSo(string action)
    {
        await using var database = await TestDatabase.CreateMigratedAsync("cli_admin_unknown");

        var (exitCode, output) = await WebApiProcess.RunAsync(CommandLineTests.Production(database.ConnectionString), "admin", action, "nobody");

        exitCode.Should().Be(1);
        output.Should().Contain("No user named 'nobody'");
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("admin grant")]
    [InlineData("admin promote carol")]
    [InlineData("admin grant carol dave")]
    public async Task Admin_BadUsage_ExitsWithTwoAndPrintsUsage(string arguments)
    {
        await using var database = await TestDatabase.CreateMigratedAsync("cli_admin_usage");

        var (exitCode, output) = await WebApiProcess.RunAsync(CommandLineTests.Production(database.ConnectionString), arguments.Split(' '));

        exitCode.Should().Be(2);
        output.Should().Contain("Usage: admin grant <username>");
    }

    private static async Task<Guid> InsertUserAsync(string connectionString, string username)
    {
        var id = Guid.NewGuid();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("insert into users (id, username, display_name) values (@id, @username, @username)", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("username", username);
        await command.ExecuteNonQueryAsync();
        return id;
    }

    private static async Task<string> RoleAsync(string connectionString, Guid userId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select role from users where id = @id", connection);
        command.Parameters.AddWithValue("id", userId);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
