using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using PageShare.Application.Metrics;
using PageShare.Application.Metrics.Queries.GetHealthMetrics;
using PageShare.Infrastructure.Persistence;
using PageShare.Infrastructure.Storage;

namespace PageShare.Infrastructure.Monitoring;

/// <summary>Database size and connections, the slowest statements and storage usage, each in one query.</summary>
internal sealed class PlatformHealthReader(
    PageShareDbContext db, SlowQueryLog slowQueryLog, StorageOptions storage, ILogger<PlatformHealthReader> logger) : IPlatformHealthReader
{
    public async Task<DatabaseHealthDto> ReadDatabaseAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<DatabaseRow>($"""
            SELECT pg_database_size(current_database()) AS "SizeBytes",
                   (SELECT count(*)::int FROM pg_stat_activity WHERE datname = current_database()) AS "Connections"
            """).ToListAsync(cancellationToken);
        return new DatabaseHealthDto(rows[0].SizeBytes, rows[0].Connections);
    }

    public async Task<SlowQueriesDto> ReadSlowQueriesAsync(int limit, CancellationToken cancellationToken)
    {
        var schema = await PgStatStatementsSchemaAsync(cancellationToken);
        if (schema is not null)
        {
            try
            {
                // The schema comes from pg_namespace, quoted; the limit is a parameter.
                var view = Quote(schema) + ".pg_stat_statements";
                var sql = $"""
                    SELECT query AS "Query", calls AS "Calls", mean_exec_time AS "MeanMs", max_exec_time AS "MaxMs", total_exec_time AS "TotalMs"
                    FROM {view}
                    WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                      AND query IS NOT NULL AND query <> '<insufficient privilege>'
                    ORDER BY mean_exec_time DESC
                    LIMIT @limit
                    """;
                var rows = await db.Database.SqlQueryRaw<StatementRow>(sql, new NpgsqlParameter("limit", limit)).ToListAsync(cancellationToken);
                // pg_stat_statements already replaces constants with $n; normalising again only trims and caps.
                return new SlowQueriesDto(SlowQueriesDto.PgStatStatements, null, [.. rows.Select(r => new SlowQueryDto(
                    SqlText.Normalise(r.Query), r.Calls, Math.Round(r.MeanMs, 2), Math.Round(r.MaxMs, 2), Math.Round(r.TotalMs, 2)))]);
            }
            catch (PostgresException exception)
            {
                // Installed but not readable (privileges, not preloaded): the app's own log still answers.
                logger.LogWarning("pg_stat_statements unreadable ({SqlState}); showing the app's slow-query log", exception.SqlState);
            }
        }

        return new SlowQueriesDto(SlowQueriesDto.App, slowQueryLog.Threshold.TotalMilliseconds, slowQueryLog.Top(limit));
    }

    public async Task<StorageUsageDto> ReadStorageAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<StorageRow>($"""
            SELECT (SELECT count(*) FROM media) AS "MediaObjects",
                   (SELECT coalesce(sum(size_bytes), 0)::bigint FROM media) AS "MediaBytes",
                   (SELECT count(*) FROM users WHERE profile_picture_path IS NOT NULL) AS "ProfilePictures"
            """).ToListAsync(cancellationToken);
        var row = rows[0];

        var local = storage.Provider == StorageProvider.Local;
        return new StorageUsageDto(
            local ? "local" : "supabase",
            new StoredObjectsDto(row.MediaObjects, row.MediaBytes),
            new StoredObjectsDto(row.ProfilePictures, local ? FolderBytes(Path.Combine(storage.LocalRoot, storage.Buckets.ProfilePictures)) : null),
            local ? FolderBytes(storage.LocalRoot) : null);
    }

    /// <summary>The extension's schema when it is installed and its library preloaded (else reading it fails).</summary>
    private async Task<string?> PgStatStatementsSchemaAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<string>($"""
            SELECT n.nspname AS "Value"
            FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
            WHERE e.extname = 'pg_stat_statements'
              AND current_setting('shared_preload_libraries') LIKE '%pg_stat_statements%'
            """).ToListAsync(cancellationToken);
        return rows.Count == 1 ? rows[0] : null;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static long FolderBytes(string path) =>
        Directory.Exists(path)
            ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
            : 0;

    private sealed record DatabaseRow(long SizeBytes, int Connections);

    private sealed record StatementRow(string Query, long Calls, double MeanMs, double MaxMs, double TotalMs);

    private sealed record StorageRow(long MediaObjects, long MediaBytes, long ProfilePictures);
}
