using PageShare.Application.Metrics.Queries.GetHealthMetrics;

namespace PageShare.Application.Metrics;

/// <summary>Database and storage figures of <c>GET /metrics/health</c>.</summary>
public interface IPlatformHealthReader
{
    Task<DatabaseHealthDto> ReadDatabaseAsync(CancellationToken cancellationToken);

    /// <summary>From <c>pg_stat_statements</c> when installed and readable, else the app's own slow-query log.</summary>
    Task<SlowQueriesDto> ReadSlowQueriesAsync(int limit, CancellationToken cancellationToken);

    Task<StorageUsageDto> ReadStorageAsync(CancellationToken cancellationToken);
}
