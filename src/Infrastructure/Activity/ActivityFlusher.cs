using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PageShare.Infrastructure.Activity;

/// <summary>
/// Moves the buffer's contents to the database. One flush at a time, so a caller that flushes (shutdown, a
/// test) returns only after everything recorded before the call is written. A failed batch goes back into the
/// buffer for the next flush.
/// </summary>
internal sealed class ActivityFlusher(ActivityBuffer buffer, IServiceScopeFactory scopes, ILogger<ActivityFlusher> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var segments = buffer.TakeAll();
            if (buffer.TakeDroppedCount() is > 0 and var dropped)
            {
                logger.LogWarning("Activity buffer full: {Dropped} requests were not recorded; raise ACTIVITY_BUFFER_MAX_USERS or flush more often", dropped);
            }

            if (segments.Count == 0)
            {
                return;
            }

            var written = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ActivityWriter>().WriteAsync(segments, cancellationToken);
                written = true;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException && written)
            {
                // The batch is committed: writing it again would count its requests twice.
                logger.LogWarning(exception, "Wrote the activity of {Users} users, then could not release the scope", Users(segments));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Database down, a deadlock, shutdown's time limit: keep the batch; a clean shutdown retries it once more.
                buffer.Restore(segments);
                logger.LogWarning(exception, "Could not write the activity of {Users} users; retrying at the next flush", Users(segments));
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static int Users(IReadOnlyList<ActivitySegment> segments) => segments.Select(s => s.UserId).Distinct().Count();
}
