using System.IO.Compression;
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

namespace PageShare.TestSupport.Sentry;

/// <summary>
/// A loopback Sentry receiver (EXTERNAL_SERVICES.md 4.7): checks auth, un-gzips, parses envelopes,
/// stores accepted ones and answers like Relay, or misbehaves as <see cref="Mode"/> says.
/// </summary>
public sealed class FakeSentryServer : IAsyncDisposable
{
    public const string DefaultPublicKey = "fakepublickey";
    public const string DefaultProjectId = "42";

    private readonly WebApplication _app;
    private readonly string _publicKey;
    private readonly string _projectId;
    private readonly List<ReceivedEnvelope> _envelopes = [];
    private readonly Lock _sync = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile FakeSentryMode _mode = FakeSentryMode.Accept;
    private int _requestCount;

    private FakeSentryServer(WebApplication app, string publicKey, string projectId)
    {
        _app = app;
        _publicKey = publicKey;
        _projectId = projectId;
    }

    /// <summary><c>http://{key}@127.0.0.1:{port}/{projectId}</c>.</summary>
    public string Dsn { get; private set; } = string.Empty;

    public FakeSentryMode Mode
    {
        get => _mode;
        set => _mode = value;
    }

    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(10);

    public string RateLimitHeader { get; set; } = "60:error:key";

    public string RetryAfter { get; set; } = "60";

    /// <summary>Every POST that reached the endpoint, whatever the answer.</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    public IReadOnlyList<ReceivedEnvelope> Envelopes
    {
        get
        {
            lock (_sync)
            {
                return [.. _envelopes];
            }
        }
    }

    public static async Task<FakeSentryServer> StartAsync(string publicKey = DefaultPublicKey, string projectId = DefaultProjectId)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeSentryServer(app, publicKey, projectId);
        app.MapPost("/api/{projectId}/envelope/", (HttpContext context, string projectId) => server.HandleAsync(context, projectId));
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var port = new Uri(address).Port;
        server.Dsn = $"http://{publicKey}@127.0.0.1:{port}/{projectId}";
        return server;
    }

    /// <summary>Waits until at least <paramref name="count"/> envelopes were accepted.</summary>
    public async Task<IReadOnlyList<ReceivedEnvelope>> WaitForEnvelopesAsync(int count, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_sync)
            {
                if (_envelopes.Count >= count)
                {
                    return [.. _envelopes];
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Expected {count} Sentry envelope(s) within {timeout}, got {Envelopes.Count}.");
            }
        }
    }

    private async Task<IResult> HandleAsync(HttpContext context, string projectId)
    {
        Interlocked.Increment(ref _requestCount);
        if (!IsAuthorized(context.Request))
        {
            return Results.Json(new { detail = "missing authorization information" }, statusCode: StatusCodes.Status401Unauthorized);
        }

        if (projectId != _projectId)
        {
            return Results.Json(new { detail = "invalid project id" }, statusCode: StatusCodes.Status400BadRequest);
        }

        switch (_mode)
        {
            case FakeSentryMode.RateLimited:
                context.Response.Headers.RetryAfter = RetryAfter;
                context.Response.Headers["X-Sentry-Rate-Limits"] = RateLimitHeader;
                return Results.StatusCode(StatusCodes.Status429TooManyRequests);
            case FakeSentryMode.RateLimitedWithoutHeaders:
                return Results.StatusCode(StatusCodes.Status429TooManyRequests);
            case FakeSentryMode.Forbidden:
                return Results.Json(new { detail = "event submission rejected with_reason: ProjectId" }, statusCode: StatusCodes.Status403Forbidden);
            case FakeSentryMode.PayloadTooLarge:
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            case FakeSentryMode.Unavailable:
                return Results.Json(new { detail = "service unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            case FakeSentryMode.Slow:
                await Task.Delay(SlowDelay, context.RequestAborted);
                break;
        }

        ReceivedEnvelope envelope;
        try
        {
            envelope = await ReadEnvelopeAsync(context.Request);
        }
        catch (Exception exception) when (exception is FormatException or InvalidDataException)
        {
            return Results.Json(new { detail = exception.Message }, statusCode: StatusCodes.Status400BadRequest);
        }

        if (_mode == FakeSentryMode.AcceptWithRateLimitHeader)
        {
            context.Response.Headers["X-Sentry-Rate-Limits"] = RateLimitHeader;
        }

        lock (_sync)
        {
            _envelopes.Add(envelope);
            _changed.TrySetResult();
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        return Results.Json(new { id = envelope.Header.GetProperty("event_id").GetString() });
    }

    private bool IsAuthorized(HttpRequest request)
    {
        var header = request.Headers["X-Sentry-Auth"].ToString();
        if (header.StartsWith("Sentry ", StringComparison.Ordinal))
        {
            var values = header["Sentry ".Length..]
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2))
                .Where(pair => pair.Length == 2)
                .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
            return values.GetValueOrDefault("sentry_version") == "7" && values.GetValueOrDefault("sentry_key") == _publicKey;
        }

        return string.IsNullOrEmpty(header) && request.Query["sentry_key"] == _publicKey;
    }

    private static async Task<ReceivedEnvelope> ReadEnvelopeAsync(HttpRequest request)
    {
        using var raw = new MemoryStream();
        if (request.Headers.ContentEncoding.ToString().Equals("gzip", StringComparison.OrdinalIgnoreCase))
        {
            await using var gzip = new GZipStream(request.Body, CompressionMode.Decompress);
            await gzip.CopyToAsync(raw);
        }
        else
        {
            await request.Body.CopyToAsync(raw);
        }

        var bytes = raw.ToArray();
        var (header, items, evt) = SentryEnvelopeParser.Parse(bytes);
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new ReceivedEnvelope(bytes, header, items, evt, headers);
    }

    public async ValueTask DisposeAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(deadline.Token);
        await _app.DisposeAsync();
    }
}
