namespace PageShare.Application.Tickers;

/// <summary>
/// The trending list of each window, computed at most once per <see cref="TrendingSettings.CacheLifetime"/> in this
/// process: it is the same for every viewer (no block or mute applies to it), and aggregating a window's mentions is
/// among the costliest reads at 1M posts. One computation per window at a time: concurrent requests for an expired
/// list wait for it rather than all aggregating the same rows.
/// </summary>
public sealed class TrendingTickersCache : IDisposable
{
    private readonly TrendingSettings _settings;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, Slot> _slots;

    public TrendingTickersCache(TrendingSettings settings, TimeProvider clock)
    {
        _settings = settings;
        _clock = clock;
        _slots = TrendingWindow.Names.ToDictionary(name => name, _ => new Slot(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The cached list of <paramref name="window"/>, or the one <paramref name="compute"/> returns (given the instant
    /// the window ends at) when none was computed within the lifetime.
    /// </summary>
    public async Task<IReadOnlyList<TrendingTickerDto>> GetAsync(string window,
        Func<DateTimeOffset, CancellationToken, Task<IReadOnlyList<TrendingTickerDto>>> compute, CancellationToken cancellationToken)
    {
        if (_settings.CacheLifetime <= TimeSpan.Zero)
        {
            return await compute(_clock.GetUtcNow(), cancellationToken);
        }

        var slot = _slots[window];
        if (slot.Current is { } cached && _clock.GetUtcNow() < cached.ExpiresAt)
        {
            return cached.Items;
        }

        await slot.Gate.WaitAsync(cancellationToken);
        try
        {
            var now = _clock.GetUtcNow();
            if (slot.Current is { } computedMeanwhile && now < computedMeanwhile.ExpiresAt)
            {
                return computedMeanwhile.Items;
            }

            // Fresh for the lifetime from the instant it describes, however long the computation took.
            var items = await compute(now, cancellationToken);
            slot.Current = new Entry(items, now + _settings.CacheLifetime);
            return items;
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    public void Dispose()
    {
        foreach (var slot in _slots.Values)
        {
            slot.Gate.Dispose();
        }
    }

    private sealed record Entry(IReadOnlyList<TrendingTickerDto> Items, DateTimeOffset ExpiresAt);

    private sealed class Slot
    {
        private volatile Entry? _current;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public Entry? Current
        {
            get => _current;
            set => _current = value;
        }
    }
}
