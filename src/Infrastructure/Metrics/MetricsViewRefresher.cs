using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;
using PageShare.Infrastructure.Persistence;

namespace PageShare.Infrastructure.Metrics;

/// <summary>
/// Refreshes the metrics materialized views of migration 0011 one at a time with <c>REFRESH MATERIALIZED VIEW
/// CONCURRENTLY</c> (readers keep the old rows meanwhile), under a session advisory lock on a dedicated unpooled
/// connection, so of several API instances only one refreshes at a time and a lost connection frees the lock.
/// </summary>
internal sealed class MetricsViewRefresher(DatabaseSettings database, ILogger<MetricsViewRefresher> logger)
{
    /// <summary>"METRICSR" in ASCII: distinct from the migrator's key.</summary>
    internal const long AdvisoryLockKey = 0x4D45_5452_4943_5352;

    internal static readonly IReadOnlyList<string> Views = ["daily_metrics", "engagement_metrics", "trending_tickers"];

    private static readonly TimeSpan RefreshTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Refreshes every view; false when another instance holds the lock (nothing was done).</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(database.RequireConnectionString()) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        await using (var tryLock = new NpgsqlCommand("select pg_try_advisory_lock(@key)", connection))
        {
            tryLock.Parameters.AddWithValue("key", AdvisoryLockKey);
            if (await tryLock.ExecuteScalarAsync(cancellationToken) is not true)
            {
                logger.LogInformation("Another instance is refreshing the metrics views; skipping this run");
                return false;
            }
        }

        // No unlock needed: closing this unpooled connection ends the session and releases the lock.
        var total = Stopwatch.StartNew();
        foreach (var view in Views)
        {
            var watch = Stopwatch.StartNew();
            // The names are the constants above, never input.
#pragma warning disable CA2100
            await using var refresh = new NpgsqlCommand($"refresh materialized view concurrently {view}", connection)
#pragma warning restore CA2100
            {
                CommandTimeout = (int)RefreshTimeout.TotalSeconds,
            };
            await refresh.ExecuteNonQueryAsync(cancellationToken);
            logger.LogInformation("Refreshed metrics view {View} in {ElapsedMs} ms", view, watch.ElapsedMilliseconds);
        }

        logger.LogInformation("Refreshed the metrics views in {ElapsedMs} ms", total.ElapsedMilliseconds);
        return true;
    }
}
