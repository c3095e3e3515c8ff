using PageShare.Application.Metrics.Queries.GetHealthMetrics;

namespace PageShare.Infrastructure.Monitoring;

/// <summary>
/// The slowest distinct commands this process ran, grouped by normalised text. Bounded: when full, a new
/// command replaces the entry with the lowest maximum, and only if it was slower.
/// </summary>
internal sealed class SlowQueryLog(MonitoringOptions options)
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public TimeSpan Threshold => options.SlowQueryThreshold;

    public void Record(string sql, TimeSpan duration)
    {
        if (duration < options.SlowQueryThreshold)
        {
            return;
        }

        var text = SqlText.Normalise(sql);
        var ms = duration.TotalMilliseconds;
        lock (_gate)
        {
            if (!_entries.TryGetValue(text, out var entry))
            {
                if (_entries.Count >= options.SlowQueryLogSize && !EvictFasterThan(ms))
                {
                    return;
                }

                entry = new Entry();
                _entries[text] = entry;
            }

            entry.Calls++;
            entry.TotalMs += ms;
            entry.MaxMs = Math.Max(entry.MaxMs, ms);
        }
    }

    public IReadOnlyList<SlowQueryDto> Top(int limit)
    {
        lock (_gate)
        {
            return _entries
                .Select(e => new SlowQueryDto(e.Key, e.Value.Calls, Math.Round(e.Value.TotalMs / e.Value.Calls, 2),
                    Math.Round(e.Value.MaxMs, 2), Math.Round(e.Value.TotalMs, 2)))
                .OrderByDescending(q => q.MeanMs).ThenBy(q => q.Query, StringComparer.Ordinal)
                .Take(limit)
                .ToList();
        }
    }

    private bool EvictFasterThan(double ms)
    {
        var fastest = _entries.MinBy(e => e.Value.MaxMs);
        if (fastest.Value.MaxMs >= ms)
        {
            return false;
        }

        _entries.Remove(fastest.Key);
        return true;
    }

    private sealed class Entry
    {
        public long Calls { get; set; }

        public double TotalMs { get; set; }

        public double MaxMs { get; set; }
    }
}
