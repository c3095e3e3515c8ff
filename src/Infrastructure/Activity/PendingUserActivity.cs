namespace PageShare.Infrastructure.Activity;

/// <summary>One user's requests since the last flush, coalesced into runs (usually one).</summary>
internal sealed class PendingUserActivity
{
    private readonly List<Run> _runs = [];

    public void Add(DateTimeOffset at, int count = 1)
    {
        var last = _runs.Count == 0 ? null : _runs[^1];
        if (last is null || at - last.LastSeenAt > ActivityOptions.SessionGap)
        {
            _runs.Add(new Run(at, at, count));
            return;
        }

        // Requests finish out of order across threads: a slightly earlier one widens the run backwards.
        last.StartedAt = at < last.StartedAt ? at : last.StartedAt;
        last.LastSeenAt = at > last.LastSeenAt ? at : last.LastSeenAt;
        last.Count += count;
    }

    public IEnumerable<ActivitySegment> ToSegments(Guid userId) =>
        _runs.Select((run, i) => new ActivitySegment(userId, run.StartedAt, run.LastSeenAt, run.Count, MayContinueLatest: i == 0));

    private sealed class Run(DateTimeOffset startedAt, DateTimeOffset lastSeenAt, int count)
    {
        public DateTimeOffset StartedAt { get; set; } = startedAt;

        public DateTimeOffset LastSeenAt { get; set; } = lastSeenAt;

        public int Count { get; set; } = count;
    }
}
