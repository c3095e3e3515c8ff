using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PageShare.Infrastructure.Metrics;

/// <summary>
/// Refreshes the metrics views at start and then every <see cref="MetricsRefreshSettings.Interval"/>. A failed run is logged
/// and retried at the next tick: the API computes any day the views lack live, so a failure costs time, not correctness,
/// and must never stop the host.
/// </summary>
internal sealed class MetricsRefreshService(
    MetricsViewRefresher refresher,
    MetricsRefreshSettings settings,
    TimeProvider clock,
    ILogger<MetricsRefreshService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.Interval is not { } interval)
        {
            return;
        }

        // Let the host finish starting (and migrating, in development) before the first run.
        await Task.Yield();
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await refresher.RefreshAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception e)
        {
            // Whatever failed (database down, a timeout, a view missing before migrating), the host must keep serving.
            logger.LogError(e, "Refreshing the metrics views failed; retrying at the next interval");
        }
    }
}
