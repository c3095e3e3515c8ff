using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace PageShare.Infrastructure.Persistence.Migrations;

/// <summary>
/// Applies the embedded <c>NNNN_description.sql</c> files in version order, each in its own
/// transaction together with its schema_migrations row. Takes an Npgsql connection string (convert
/// <c>DATABASE_URL</c> with <see cref="DatabaseUrl.ToConnectionString"/>) and opens one dedicated,
/// unpooled connection per call, so a session advisory lock can never stay behind in a pool.
/// </summary>
public sealed class Migrator
{
    // "PAGESHAR" in ASCII: one fixed key, so every instance of the API contends for the same lock.
    internal const long AdvisoryLockKey = 0x5041_4745_5348_4152;

    private const string CreateTableSql = """
        create table if not exists schema_migrations (
            version    int primary key,
            name       text not null,
            checksum   text not null,
            applied_at timestamptz not null default now()
        )
        """;

    private readonly string _connectionString;
    private readonly IReadOnlyList<MigrationScript> _scripts;
    private readonly ILogger<Migrator> _logger;

    public Migrator(string connectionString, ILogger<Migrator> logger)
        : this(connectionString, MigrationScripts.Embedded, logger)
    {
    }

    /// <summary>Runs other scripts than the embedded ones (tests feed broken or extra scripts).</summary>
    internal Migrator(string connectionString, IReadOnlyList<MigrationScript> scripts, ILogger<Migrator> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(scripts);
        ArgumentNullException.ThrowIfNull(logger);

        _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            ApplicationName = "pageshare-migrator",
        }.ConnectionString;
        _scripts = MigrationScripts.Order(scripts);
        _logger = logger;
    }

    /// <summary>Compares schema_migrations with the files without changing anything.</summary>
    public async Task<MigrationStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var applied = await ReadAppliedAsync(connection, cancellationToken);
        return Compare(applied);
    }

    /// <summary>
    /// Applies every pending file and returns their names (<c>0003_users</c>), in order. Waits for
    /// another instance that is migrating the same database, then applies what is still pending.
    /// </summary>
    /// <exception cref="MigrationChecksumMismatchException">An applied file was edited; nothing was applied.</exception>
    /// <exception cref="MigrationFailedException">A script failed; it was rolled back, earlier ones stay applied.</exception>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await AcquireLockAsync(connection, cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, CreateTableSql, cancellationToken);
            var status = Compare(await ReadAppliedAsync(connection, cancellationToken));

            if (status.Edited.Count > 0)
            {
                throw new MigrationChecksumMismatchException(status.Edited);
            }

            foreach (var unknown in status.Unknown)
            {
                _logger.LogWarning(
                    "Migration {Migration} is applied but has no file: the database is newer than this build",
                    unknown.Name);
            }

            var applied = new List<string>();
            foreach (var script in status.Pending)
            {
                await ApplyAsync(connection, script, cancellationToken);
                applied.Add(script.Name);
            }

            if (applied.Count == 0)
            {
                _logger.LogInformation("Database schema is current at version {Version}", CurrentVersion(status));
            }

            return applied;
        }
        finally
        {
            await ReleaseLockAsync(connection);
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task AcquireLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var tryLock = new NpgsqlCommand("select pg_try_advisory_lock(@key)", connection);
        tryLock.Parameters.AddWithValue("key", AdvisoryLockKey);
        if (await tryLock.ExecuteScalarAsync(cancellationToken) is true)
        {
            return;
        }

        _logger.LogInformation("Another instance is migrating this database; waiting for it to finish");
        await using var waitLock = new NpgsqlCommand("select pg_advisory_lock(@key)", connection) { CommandTimeout = 0 };
        waitLock.Parameters.AddWithValue("key", AdvisoryLockKey);
        await waitLock.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task ReleaseLockAsync(NpgsqlConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            await using var unlock = new NpgsqlCommand("select pg_advisory_unlock(@key)", connection);
            unlock.Parameters.AddWithValue("key", AdvisoryLockKey);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException e)
        {
            // Closing the (unpooled) connection ends the session and releases the lock anyway.
            _logger.LogWarning(e, "Could not release the migration lock explicitly");
        }
    }

    private async Task ApplyAsync(NpgsqlConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);

            await using var record = new NpgsqlCommand(
                "insert into schema_migrations (version, name, checksum) values (@version, @name, @checksum)",
                connection,
                transaction);
            record.Parameters.AddWithValue("version", script.Version);
            record.Parameters.AddWithValue("name", script.Name);
            record.Parameters.AddWithValue("checksum", script.Checksum);
            await record.ExecuteNonQueryAsync(cancellationToken);

            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // Disposing the uncommitted transaction rolls it back.
            _logger.LogError(e, "Migration {Migration} failed and was rolled back", script.Name);
            throw new MigrationFailedException(script, e);
        }

        _logger.LogInformation(
            "Applied migration {Migration} in {ElapsedMs} ms", script.Name, stopwatch.ElapsedMilliseconds);
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        // No timeout: building an index on a large table may take minutes; the token still cancels.
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<AppliedMigration>> ReadAppliedAsync(
        NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using (var exists = new NpgsqlCommand("select to_regclass('schema_migrations') is not null", connection))
        {
            if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return [];
            }
        }

        await using var command = new NpgsqlCommand(
            "select version, name, checksum, applied_at from schema_migrations order by version", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new List<AppliedMigration>();
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add(new AppliedMigration(
                reader.GetInt32(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return applied;
    }

    private MigrationStatus Compare(List<AppliedMigration> applied)
    {
        var appliedByVersion = applied.ToDictionary(a => a.Version);
        var files = _scripts.Select(s => s.Version).ToHashSet();

        var pending = _scripts.Where(s => !appliedByVersion.ContainsKey(s.Version)).ToList();
        var edited = _scripts
            .Where(s => appliedByVersion.TryGetValue(s.Version, out var a)
                && !string.Equals(a.Checksum, s.Checksum, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var unknown = applied.Where(a => !files.Contains(a.Version)).ToList();

        return new MigrationStatus(applied, pending, edited, unknown);
    }

    private static int CurrentVersion(MigrationStatus status) =>
        status.Applied.Count == 0 ? 0 : status.Applied.Max(a => a.Version);
}
