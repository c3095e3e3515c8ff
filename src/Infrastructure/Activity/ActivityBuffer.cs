using PageShare.Application.Common.Interfaces;

namespace PageShare.Infrastructure.Activity;

/// <summary>
/// The hot path of activity tracking: a dictionary update under a short lock, no I/O. The flusher swaps the
/// dictionary out and writes it in one batch. Bounded by <see cref="ActivityOptions.MaxPendingUsers"/>.
/// </summary>
internal sealed class ActivityBuffer(ActivityOptions options, TimeProvider clock) : IActivityRecorder
{
    private readonly Lock _gate = new();
    private Dictionary<Guid, PendingUserActivity> _pending = [];
    private long _dropped;

    public void Record(Guid userId) => Add(userId, clock.GetUtcNow(), 1);

    /// <summary>Takes everything recorded so far, leaving the buffer empty.</summary>
    public IReadOnlyList<ActivitySegment> TakeAll()
    {
        Dictionary<Guid, PendingUserActivity> taken;
        lock (_gate)
        {
            taken = _pending;
            _pending = [];
        }

        return [.. taken.SelectMany(p => p.Value.ToSegments(p.Key))];
    }

    /// <summary>Puts back a batch that could not be written, so the next flush retries it.</summary>
    public void Restore(IEnumerable<ActivitySegment> segments)
    {
        foreach (var segment in segments.OrderBy(s => s.StartedAt))
        {
            Add(segment.UserId, segment.StartedAt, segment.RequestCount - 1);
            Add(segment.UserId, segment.LastSeenAt, 1);
        }
    }

    /// <summary>Requests dropped because the buffer was full, since the last call.</summary>
    public long TakeDroppedCount() => Interlocked.Exchange(ref _dropped, 0);

    private void Add(Guid userId, DateTimeOffset at, int count)
    {
        lock (_gate)
        {
            if (!_pending.TryGetValue(userId, out var activity))
            {
                if (_pending.Count >= options.MaxPendingUsers)
                {
                    Interlocked.Add(ref _dropped, count);
                    return;
                }

                activity = new PendingUserActivity();
                _pending[userId] = activity;
            }

            activity.Add(at, count);
        }
    }
}
