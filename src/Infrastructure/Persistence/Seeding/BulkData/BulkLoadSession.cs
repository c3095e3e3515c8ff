using Npgsql;

namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>
/// Switches a loading transaction into bulk mode: per-row triggers off (counters are recomputed set-based
/// afterwards) and the secondary indexes of empty tables dropped, to be rebuilt once at the end.
/// Everything happens inside the transaction, so a failed load leaves the schema exactly as it was.
/// </summary>
internal sealed class BulkLoadSession(NpgsqlConnection connection, IReadOnlyList<string> tables)
{
    private readonly List<string> _rebuild = [];
    private bool _alteredTriggers;

    public string TriggerMode { get; private set; } = "none";

    /// <summary>
    /// A superuser (local clusters) uses session_replication_role = replica: no user trigger and no foreign
    /// key trigger fires, so the generator alone guarantees integrity (the tests check it). Another owner
    /// (Supabase's postgres role) disables the user triggers per table; foreign keys are then still checked.
    /// </summary>
    public async Task DisableTriggersAsync(CancellationToken cancellationToken)
    {
        if ((bool)(await ScalarAsync("select rolsuper from pg_roles where rolname = current_user", cancellationToken))!)
        {
            await ExecuteAsync("set local session_replication_role = replica", cancellationToken);
            TriggerMode = "session_replication_role = replica";
            return;
        }

        foreach (var table in tables)
        {
            await ExecuteAsync($"alter table {table} disable trigger user", cancellationToken);
        }

        _alteredTriggers = true;
        TriggerMode = "alter table ... disable trigger user";
    }

    public async Task RestoreTriggersAsync(CancellationToken cancellationToken)
    {
        if (_alteredTriggers)
        {
            foreach (var table in tables)
            {
                await ExecuteAsync($"alter table {table} enable trigger user", cancellationToken);
            }
        }
    }

    /// <summary>
    /// On the tables that are still empty, drops the indexes that back no constraint, and the primary and
    /// unique keys no foreign key relies on (a sorted build at the end beats millions of random inserts).
    /// Keys that foreign keys use stay, so checked foreign keys still find their parents. Returns how many.
    /// </summary>
    public async Task<int> DropSecondaryIndexesOfEmptyTablesAsync(CancellationToken cancellationToken)
    {
        foreach (var table in tables)
        {
            if ((bool)(await ScalarAsync($"select exists (select 1 from {table})", cancellationToken))!)
            {
                continue;
            }

            var keys = await ReadStringsAsync($"""
                select c.conname || ' ' || pg_get_constraintdef(c.oid) from pg_constraint c
                where c.conrelid = '{table}'::regclass and c.contype in ('p', 'u')
                  and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = c.conindid)
                order by c.oid
                """, cancellationToken);
            foreach (var key in keys)
            {
                var name = key.Split(' ')[0];
                await ExecuteAsync($"alter table {table} drop constraint {name}", cancellationToken);
                _rebuild.Add($"alter table {table} add constraint {key}");
            }

            var definitions = await ReadStringsAsync($"""
                select pg_get_indexdef(i.indexrelid) from pg_index i
                where i.indrelid = '{table}'::regclass
                  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                order by i.indexrelid
                """, cancellationToken);
            foreach (var definition in definitions)
            {
                var name = definition.Split(' ')[definition.StartsWith("CREATE UNIQUE", StringComparison.Ordinal) ? 3 : 2];
                await ExecuteAsync($"drop index {name}", cancellationToken);
                _rebuild.Add(definition);
            }
        }

        return _rebuild.Count;
    }

    public async Task RecreateIndexesAsync(CancellationToken cancellationToken)
    {
        foreach (var definition in _rebuild)
        {
            await ExecuteAsync(definition, cancellationToken);
        }
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ReadStringsAsync(string sql, CancellationToken cancellationToken)
    {
        var values = new List<string>();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
