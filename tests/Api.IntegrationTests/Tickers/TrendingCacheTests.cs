using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PageShare.Api.IntegrationTests.Infrastructure;
using PageShare.TestSupport.Auth;

namespace PageShare.Api.IntegrationTests.Tickers;

/// <summary>
/// <c>GET /tickers/trending</c> with its cache on (30 s, the default), in a host of its own on a clock the test moves.
/// </summary>
public sealed class TrendingCacheTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly TickerTestData _data = new(factory);

    [Fact]
    public async Task Trending_NewMentionWithinTheLifetime_ShowsOnlyOnceTheListExpires()
    {
        await using var host = CachingHost();
        await _data.PostAsync(Author(host), "$AAPL earnings");
        (await SymbolsAsync(host, "window=24h")).Should().Equal("AAPL");

        await _data.PostAsync(Author(host), "$MSFT cloud");
        await _data.PostAsync(Author(host), "$MSFT copilot");
        _clock.Advance(Lifetime - TimeSpan.FromSeconds(1));
        (await SymbolsAsync(host, "window=24h")).Should().Equal("AAPL");

        _clock.Advance(TimeSpan.FromSeconds(1));
        (await SymbolsAsync(host, "window=24h")).Should().Equal("MSFT", "AAPL");
    }

    [Fact]
    public async Task Trending_CachedWindow_ServesEveryLimitAndLeavesOtherWindowsLive()
    {
        await using var host = CachingHost();
        await _data.PostAsync(Author(host), "$AAA $BBB $CCC");
        (await SymbolsAsync(host, "")).Should().Equal("AAA", "BBB", "CCC");

        await _data.PostAsync(Author(host), "$DDD");

        // The default window is 24h: the same cached list, cut to the limit.
        (await SymbolsAsync(host, "window=24h&limit=2")).Should().Equal("AAA", "BBB");
        (await SymbolsAsync(host, "window=7d")).Should().Equal("AAA", "BBB", "CCC", "DDD");
    }

    private WebApplicationFactory<Program> CachingHost() => Factory.WithWebHostBuilder(b =>
    {
        b.UseSetting("TRENDING_CACHE_SECONDS", Lifetime.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        b.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock));
    });

    private static HttpClient Author(WebApplicationFactory<Program> host)
    {
        var client = host.CreateClient();
        var id = Guid.NewGuid();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestAuth.TokenFor(id, $"user{id.ToString("N")[..8]}@example.com"));
        return client;
    }

    private static async Task<List<string>> SymbolsAsync(WebApplicationFactory<Program> host, string query)
    {
        var json = await host.CreateClient().GetAsync($"/api/v1/tickers/trending?{query}").ReadJsonAsync();
        return json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("symbol").GetString()!).ToList();
    }
}
