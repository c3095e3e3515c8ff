using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PageShare.TestSupport.IpApi;

/// <summary>
/// A loopback ip-api.com (EXTERNAL_SERVICES.md 3.7): <c>GET /json/{ip}</c> with canned answers honouring
/// <c>fields</c>, <c>fail</c> bodies with HTTP 200 for private, reserved and malformed queries, <c>X-Rl</c>/<c>X-Ttl</c>
/// on every answer and 429 once the window's budget is spent. It counts requests so tests can prove that
/// caching and the limiter suppress calls. The window follows the clock given to <see cref="StartAsync"/>.
/// </summary>
public sealed class FakeIpApiServer : IAsyncDisposable
{
    public static readonly FakeIpApiLocation DefaultLocation = new("United States", "US", "Virginia", "Ashburn", "America/New_York");

    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly Lock _sync = new();
    private readonly Dictionary<string, FakeIpApiLocation> _locations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _requestsPerQuery = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _requestTargets = [];
    private readonly Queue<FakeIpApiMode> _nextModes = new();
    private DateTimeOffset _windowEndsAt = DateTimeOffset.MinValue;
    private int _usedInWindow;

    private FakeIpApiServer(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
        SetLocation("81.2.69.142", new FakeIpApiLocation("United Kingdom", "GB", "England", "London", "Europe/London"));
        SetLocation("2a00:1450:4001:81b::200e", new FakeIpApiLocation("Germany", "DE", "Hesse", "Frankfurt am Main", "Europe/Berlin"));
    }

    /// <summary><c>http://127.0.0.1:{port}</c>: the value for <c>IP_API_BASE_URL</c>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public FakeIpApiMode Mode { get; set; } = FakeIpApiMode.Normal;

    /// <summary>Requests allowed per window; ip-api allows 45 a minute.</summary>
    public int WindowSize { get; set; } = 45;

    public TimeSpan WindowLength { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Off: answers carry <c>X-Rl</c> without <c>X-Ttl</c>, so clients must fall back to a default pause.</summary>
    public bool SendTtlHeader { get; set; } = true;

    /// <summary>Answers for public IPs without a canned location.</summary>
    public FakeIpApiLocation FallbackLocation { get; set; } = DefaultLocation;

    public int RequestCount
    {
        get
        {
            lock (_sync)
            {
                return _requestTargets.Count;
            }
        }
    }

    /// <summary>Path and query of every request, in order.</summary>
    public IReadOnlyList<string> RequestTargets
    {
        get
        {
            lock (_sync)
            {
                return [.. _requestTargets];
            }
        }
    }

    public static async Task<FakeIpApiServer> StartAsync(TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeIpApiServer(app, clock ?? TimeProvider.System);
        app.MapGet("/json/{query}", (HttpContext context, string query) => server.HandleAsync(context, query));
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = $"http://127.0.0.1:{new Uri(address).Port}";
        return server;
    }

    public int RequestsFor(string query)
    {
        lock (_sync)
        {
            return _requestsPerQuery.GetValueOrDefault(query);
        }
    }

    public void SetLocation(string ip, FakeIpApiLocation location)
    {
        lock (_sync)
        {
            _locations[ip] = location;
            _failures.Remove(ip);
        }
    }

    /// <summary>Answers <c>{"status":"fail","message":...}</c> with HTTP 200 for this query.</summary>
    public void SetFailure(string query, string message)
    {
        lock (_sync)
        {
            _failures[query] = message;
        }
    }

    /// <summary>Misbehaves as <paramref name="mode"/> for the next request only (queued), then back to <see cref="Mode"/>.</summary>
    public void EnqueueMode(FakeIpApiMode mode)
    {
        lock (_sync)
        {
            _nextModes.Enqueue(mode);
        }
    }

    /// <summary>Someone else behind the same address spent this window's budget: the next request gets 429.</summary>
    public void ExhaustWindow()
    {
        lock (_sync)
        {
            StartWindowIfOver(_clock.GetUtcNow());
            _usedInWindow = WindowSize;
        }
    }

    private async Task HandleAsync(HttpContext context, string query)
    {
        FakeIpApiMode mode;
        bool overLimit;
        int left;
        int ttl;
        lock (_sync)
        {
            _requestTargets.Add(context.Request.Path + context.Request.QueryString);
            _requestsPerQuery[query] = _requestsPerQuery.GetValueOrDefault(query) + 1;
            var now = _clock.GetUtcNow();
            StartWindowIfOver(now);
            _usedInWindow++;
            overLimit = _usedInWindow > WindowSize;
            left = Math.Max(0, WindowSize - _usedInWindow);
            ttl = (int)Math.Ceiling((_windowEndsAt - now).TotalSeconds);
            mode = _nextModes.Count > 0 ? _nextModes.Dequeue() : Mode;
        }

        context.Response.Headers["X-Rl"] = left.ToString(CultureInfo.InvariantCulture);
        if (SendTtlHeader)
        {
            context.Response.Headers["X-Ttl"] = ttl.ToString(CultureInfo.InvariantCulture);
        }

        if (overLimit)
        {
            // The real 429 body is unconfirmed (EXTERNAL_SERVICES.md 3.4): plain text, which clients must not parse.
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            await context.Response.WriteAsync("Too Many Requests");
            return;
        }

        switch (mode)
        {
            case FakeIpApiMode.SslUnavailable:
                await WriteJsonAsync(context, StatusCodes.Status403Forbidden, new Dictionary<string, object?>
                {
                    ["status"] = "fail",
                    ["message"] = "SSL unavailable for this endpoint, order a key at https://members.ip-api.com/",
                });
                return;
            case FakeIpApiMode.InvalidKey:
                await WriteJsonAsync(context, StatusCodes.Status403Forbidden, new Dictionary<string, object?>
                {
                    ["status"] = "fail",
                    ["message"] = "invalid/expired key, renew at https://members.ip-api.com/order",
                });
                return;
            case FakeIpApiMode.ServerError:
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await context.Response.WriteAsync("Service Unavailable");
                return;
            case FakeIpApiMode.DropConnection:
                context.Abort();
                return;
            case FakeIpApiMode.Slow:
                try
                {
                    await Task.Delay(SlowDelay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                break;
        }

        var fields = FakeIpApiFields.Parse(context.Request.Query["fields"]);
        await WriteJsonAsync(context, StatusCodes.Status200OK, Select(Answer(query), fields));
    }

    private Dictionary<string, object?> Answer(string query)
    {
        string? failure;
        FakeIpApiLocation? location;
        lock (_sync)
        {
            _failures.TryGetValue(query, out failure);
            _locations.TryGetValue(query, out location);
        }

        failure ??= FakeIpApiRanges.Classify(query);
        if (failure is not null)
        {
            return new() { ["status"] = "fail", ["message"] = failure, ["query"] = query };
        }

        location ??= FallbackLocation;
        return new()
        {
            ["status"] = "success",
            ["country"] = location.Country,
            ["countryCode"] = location.CountryCode,
            ["region"] = location.RegionName[..Math.Min(2, location.RegionName.Length)].ToUpperInvariant(),
            ["regionName"] = location.RegionName,
            ["city"] = location.City,
            ["zip"] = string.Empty,
            ["lat"] = 0.0,
            ["lon"] = 0.0,
            ["timezone"] = location.Timezone,
            ["isp"] = "Fake ISP",
            ["org"] = "Fake Org",
            ["as"] = "AS64500 Fake",
            ["query"] = query,
        };
    }

    private static Dictionary<string, object?> Select(Dictionary<string, object?> body, ISet<string> fields) =>
        body.Where(pair => fields.Contains(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    private static async Task WriteJsonAsync(HttpContext context, int status, Dictionary<string, object?> body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    private void StartWindowIfOver(DateTimeOffset now)
    {
        if (now >= _windowEndsAt)
        {
            _windowEndsAt = now + WindowLength;
            _usedInWindow = 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(deadline.Token);
        await _app.DisposeAsync();
    }
}
