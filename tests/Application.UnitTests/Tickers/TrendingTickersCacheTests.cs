using PageShare.Application.Tickers;
using PageShare.TestSupport.Auth;

namespace PageShare.Application.UnitTests.Tickers;

public sealed class TrendingTickersCacheTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
    private int _computations;

    [Fact]
    public async Task GetAsync_WithinTheLifetime_ComputesOnceAndServesTheSameList()
    {
        using var cache = new TrendingTickersCache(new TrendingSettings(Lifetime), _clock);

        var first = await cache.GetAsync("24h", ComputeAsync, CancellationToken.None);
        _clock.Advance(Lifetime - TimeSpan.FromTicks(1));
        var second = await cache.GetAsync("24h", ComputeAsync, CancellationToken.None);

        _computations.Should().Be(1);
        second.Should().BeSameAs(first);
    }

    [Fact]
    public async Task GetAsync_AtTheEndOfTheLifetime_ComputesAgainForTheNewInstant()
    {
        using var cache = new TrendingTickersCache(new TrendingSettings(Lifetime), _clock);
        var instants = new List<DateTimeOffset>();

        await cache.GetAsync("24h", (now, ct) => { instants.Add(now); return ComputeAsync(now, ct); }, CancellationToken.None);
        _clock.Advance(Lifetime);
        await cache.GetAsync("24h", (now, ct) => { instants.Add(now); return ComputeAsync(now, ct); }, CancellationToken.None);

        instants.Should().Equal(_clock.GetUtcNow() - Lifetime, _clock.GetUtcNow());
    }

    [Fact]
    public async Task GetAsync_OtherWindow_IsComputedOnItsOwn()
    {
        using var cache = new TrendingTickersCache(new TrendingSettings(Lifetime), _clock);

        await cache.GetAsync("24h", ComputeAsync, CancellationToken.None);
        await cache.GetAsync("7d", ComputeAsync, CancellationToken.None);
        await cache.GetAsync("7d", ComputeAsync, CancellationToken.None);

        _computations.Should().Be(2);
    }

    [Fact]
    public async Task GetAsync_ZeroLifetime_ComputesEveryTime()
    {
        using var cache = new TrendingTickersCache(new TrendingSettings(TimeSpan.Zero), _clock);

        await cache.GetAsync("24h", ComputeAsync, CancellationToken.None);
        await cache.GetAsync("24h", ComputeAsync, CancellationToken.None);

        _computations.Should().Be(2);
    }

    [Fact]
    public async Task GetAsync_ConcurrentRequestsForAnExpiredList_ShareOneComputation()
    {
        using var cache = new TrendingTickersCache(new TrendingSettings(Lifetime), _clock);
        var release = new TaskCompletionSource<IReadOnlyList<TrendingTickerDto>>(TaskCreationOptions.RunContinuationsAsynchronously);

        var requests = Enumerable.Range(0, 8)
            .Select(_ => cache.GetAsync("24h", (_, _) => { Interlocked.Increment(ref _computations); return release.Task; }, CancellationToken.None))
            .ToList();
        release.SetResult([new TrendingTickerDto("AAPL", null, 1, 1)]);
        var lists = await Task.WhenAll(requests);

        _computations.Should().Be(1);
        lists.Should().AllSatisfy(l => l.Should().BeSameAs(lists[0]));
    }

    [Fact]
    public async Task GetAsync_FailedComputation_IsNotCachedAndTheNextRequestComputes()
    {
        using var cache = new TrendingTickersCache(new TrendingSettings(Lifetime), _clock);

        var failing = () => cache.GetAsync("24h", (_, _) => throw new OperationCanceledException(), CancellationToken.None);
        await failing.Should().ThrowAsync<OperationCanceledException>();
        var list = await cache.GetAsync("24h", ComputeAsync, CancellationToken.None);

        list.Should().ContainSingle();
        _computations.Should().Be(1);
    }

    private Task<IReadOnlyList<TrendingTickerDto>> ComputeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _computations);
        return Task.FromResult<IReadOnlyList<TrendingTickerDto>>([new TrendingTickerDto("AAPL", null, 1, 1)]);
    }
}
