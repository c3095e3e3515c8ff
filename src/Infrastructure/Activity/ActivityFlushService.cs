using Microsoft.Extensions.Hosting;

namespace PageShare.Infrastructure.Activity;

/// <summary>Flushes buffered activity every <see cref="ActivityOptions.FlushInterval"/>, and once more on a clean shutdown.</summary>
internal sealed class ActivityFlushService(ActivityFlusher flusher, ActivityOptions options, TimeProvider clock) : BackgroundService
{
    /// <summary>The last flush may not hold up shutdown for ever when the database is gone.</summary>
    private static readonly TimeSpan ShutdownFlushLimit = TimeSpan.FromSeconds(10);

    // The host can be stopped twice at once (RunAsync's own stop and a test host's); both wait for the one final
    // flush, so neither lets the container be disposed under it.
    private readonly Lazy<Task> _finalFlush = new(() => FinalFlushAsync(flusher));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await _finalFlush.Value;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.FlushInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await flusher.FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StopAsync writes what is left.
        }
    }

    private static async Task FinalFlushAsync(ActivityFlusher flusher)
    {
        using var limit = new CancellationTokenSource(ShutdownFlushLimit);
        await flusher.FlushAsync(limit.Token);
    }
}
