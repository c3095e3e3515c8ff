using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PageShare.Infrastructure.Persistence.Migrations;

namespace PageShare.TestSupport.Database;

/// <summary>A uniquely named database on <see cref="PostgresServer"/>, dropped on dispose.</summary>
public sealed partial class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    /// <summary>Npgsql connection string for this database (pooled).</summary>
    public string ConnectionString { get; }

    /// <summary>Creates an empty database named <c>{prefix}_{8 hex}</c>.</summary>
    public static async Task<TestDatabase> CreateAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var admin = await PostgresServer.GetAdminConnectionStringAsync();
        var name = $"{Sanitize(prefix)}_{Guid.NewGuid().ToString("N")[..8]}";

        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var connectionString = new NpgsqlConnectionStringBuilder(admin)
        {
            Database = name,
            Pooling = true,
            MaxPoolSize = 30,
        }.ConnectionString;
        return new TestDatabase(name, connectionString);
    }

    /// <summary>Creates a database and applies every migration with the production <see cref="Migrator"/>.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var database = await CreateAsync(prefix, cancellationToken);
        try
        {
            await new Migrator(database.ConnectionString, NullLogger<Migrator>.Instance).MigrateAsync(cancellationToken);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        var admin = await PostgresServer.GetAdminConnectionStringAsync();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{Name}\" with (force)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string Sanitize(string prefix)
    {
        var name = InvalidCharacters().Replace(prefix.ToLowerInvariant(), "_").Trim('_');
        name = name.Length == 0 ? "test" : name;
        // PostgreSQL keeps 63 bytes of a name; leave room for the suffix.
        return name.Length > 40 ? name[..40] : name;
    }

    [GeneratedRegex("[^a-z0-9_]+")]
    private static partial Regex InvalidCharacters();
}
