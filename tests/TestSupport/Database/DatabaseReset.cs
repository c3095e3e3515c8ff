using Npgsql;

namespace PageShare.TestSupport.Database;

/// <summary>Empties a migrated database between tests, keeping its schema and schema_migrations.</summary>
public static class DatabaseReset
{
    /// <summary>
    /// TRUNCATEs every table of schema public except schema_migrations, restarting identities. The
    /// list comes from pg_tables on each call, so a table added by a later migration is not missed.
    /// </summary>
    public static async Task TruncateAllAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select quote_ident(tablename) from pg_tables where schemaname = 'public' and tablename <> 'schema_migrations' order by tablename",
            connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        if (tables.Count == 0)
        {
            return;
        }

        await using var truncate = new NpgsqlCommand(
            $"truncate table {string.Join(", ", tables)} restart identity cascade", connection);
        // A test host's background writers (the activity flush, the metrics refresh) may still hold row locks
        // from the previous test; TRUNCATE's exclusive locks can then deadlock with them, and PostgreSQL
        // cancels one side. The writers retry on their own; the reset retries too.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await truncate.ExecuteNonQueryAsync(cancellationToken);
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < MaxAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken);
            }
        }
    }

    private const int MaxAttempts = 5;
}
