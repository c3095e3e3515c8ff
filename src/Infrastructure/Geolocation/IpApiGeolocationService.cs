using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PageShare.Application.Geolocation;

namespace PageShare.Infrastructure.Geolocation;

/// <summary>
/// ip-api.com (EXTERNAL_SERVICES.md 3): skips non-public addresses, answers from the cache, respects the
/// rate-limit gate and the circuit breaker, and makes at most one retry. Every failure is "unknown".
/// Typed client (transient); the state lives in the singleton collaborators.
/// </summary>
internal sealed class IpApiGeolocationService(
    HttpClient http,
    IpApiOptions options,
    IpApiRateLimitGate gate,
    IpApiResponseCache cache,
    IpApiCircuitBreaker breaker,
    IpApiWarningThrottle warnings,
    TimeProvider clock,
    ILogger<IpApiGeolocationService> logger) : IGeolocationService
{
    public const string HttpClientName = "ip-api";

    private const int MaxLoggedMessageLength = 200;

    public async Task<GeoLocation> LocateAsync(IPAddress address, CancellationToken cancellationToken)
    {
        if (address is null || !PublicAddress.IsPublic(address))
        {
            return GeoLocation.Unknown;
        }

        if (cache.TryGet(address, out var cached))
        {
            return cached;
        }

        if (!gate.TryAcquire())
        {
            logger.LogDebug("ip-api lookup skipped: rate-limit budget spent");
            return GeoLocation.Unknown;
        }

        if (!breaker.TryEnter())
        {
            logger.LogDebug("ip-api lookup skipped: circuit open");
            return GeoLocation.Unknown;
        }

        try
        {
            var attempt = await LookupAsync(address, cancellationToken);
            return Conclude(address, attempt);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The contract never throws; only the type is logged because messages can carry the URL.
            RecordFailure();
            logger.LogWarning("ip-api lookup failed unexpectedly: {ErrorType}", exception.GetType().Name);
            return GeoLocation.Unknown;
        }
    }

    private async Task<IpApiAttempt> LookupAsync(IPAddress address, CancellationToken cancellationToken)
    {
        var uri = IpApiRequestUri.For(options, address);
        var attempt = await SendAsync(uri, cancellationToken);
        if (attempt.Kind != IpApiAttemptKind.Transient)
        {
            return attempt;
        }

        if (options.RetryDelay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(options.RetryDelay, clock, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return IpApiAttempt.Of(IpApiAttemptKind.Cancelled, "cancelled");
            }
        }

        // The failed answer may have spent the budget; a retry is a request like any other.
        if (!gate.TryAcquire())
        {
            return attempt;
        }

        return await SendAsync(uri, cancellationToken);
    }

    private async Task<IpApiAttempt> SendAsync(Uri uri, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            using var response = await http.SendAsync(request, cancellationToken);
            gate.Observe(response.Headers);
            switch (response.StatusCode)
            {
                case HttpStatusCode.TooManyRequests:
                    var pause = gate.CloseAfterTooManyRequests(response.Headers);
                    return IpApiAttempt.Of(IpApiAttemptKind.RateLimited, $"HTTP 429, paused {pause.TotalSeconds:0} s");
                case HttpStatusCode.Forbidden:
                    var body = await ReadBodyAsync(response, cancellationToken);
                    return IpApiAttempt.Of(IpApiAttemptKind.Forbidden, Shorten(body?.Message) ?? "HTTP 403");
                case >= HttpStatusCode.InternalServerError:
                    return IpApiAttempt.Of(IpApiAttemptKind.Transient, $"HTTP {(int)response.StatusCode}");
                case not HttpStatusCode.OK:
                    return IpApiAttempt.Of(IpApiAttemptKind.Rejected, $"HTTP {(int)response.StatusCode}");
            }

            var answer = await ReadBodyAsync(response, cancellationToken);
            return answer switch
            {
                null => IpApiAttempt.Of(IpApiAttemptKind.Rejected, "unreadable body"),
                { IsSuccess: true } => new IpApiAttempt(IpApiAttemptKind.Located, IpApiLocationMapper.Map(answer), "success"),
                { Status: "fail" } => IpApiAttempt.Of(IpApiAttemptKind.NotLocated, Shorten(answer.Message) ?? "fail"),
                _ => IpApiAttempt.Of(IpApiAttemptKind.Rejected, "unexpected status"),
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return IpApiAttempt.Of(IpApiAttemptKind.Cancelled, "cancelled");
        }
        catch (OperationCanceledException)
        {
            // HttpClient.Timeout surfaces as a cancellation the caller did not ask for.
            return IpApiAttempt.Of(IpApiAttemptKind.Transient, "timeout");
        }
        catch (HttpRequestException exception)
        {
            return IpApiAttempt.Of(IpApiAttemptKind.Transient, $"connection failed ({exception.HttpRequestError})");
        }
    }

    private static async Task<IpApiResponse?> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<IpApiResponse>(cancellationToken);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            return null;
        }
    }

    private GeoLocation Conclude(IPAddress address, IpApiAttempt attempt)
    {
        switch (attempt.Kind)
        {
            case IpApiAttemptKind.Located:
                breaker.RecordSuccess();
                cache.Set(address, attempt.Location, options.SuccessCacheDuration);
                return attempt.Location;
            case IpApiAttemptKind.NotLocated:
                breaker.RecordSuccess();
                cache.Set(address, GeoLocation.Unknown, options.FailureCacheDuration);
                logger.LogDebug("ip-api could not locate the address: {Reason}", attempt.Detail);
                return GeoLocation.Unknown;
            case IpApiAttemptKind.RateLimited:
                breaker.RecordNeutral();
                WarnOnce("rate-limited", "ip-api rate limit reached ({Detail}); lookups answer unknown until the window resets", attempt.Detail);
                return GeoLocation.Unknown;
            case IpApiAttemptKind.Cancelled:
                breaker.RecordNeutral();
                return GeoLocation.Unknown;
            case IpApiAttemptKind.Forbidden:
                RecordFailure();
                WarnOnce("forbidden", "ip-api refused the lookup with HTTP 403 ({Detail}); check IP_API_KEY and IP_API_BASE_URL", attempt.Detail);
                return GeoLocation.Unknown;
            default:
                RecordFailure();
                WarnOnce("failed", "ip-api lookup failed ({Detail}); answering unknown", attempt.Detail);
                return GeoLocation.Unknown;
        }
    }

    private void RecordFailure()
    {
        if (breaker.RecordFailure())
        {
            logger.LogWarning(
                "ip-api circuit opened after repeated failures; no lookups for {BreakSeconds} s",
                options.CircuitBreakerBreakDuration.TotalSeconds);
        }
    }

    private void WarnOnce(string topic, string template, string detail)
    {
        if (warnings.ShouldWarn(topic))
        {
#pragma warning disable CA2254 // the templates are the constants above, chosen per outcome
            logger.LogWarning(template, detail);
#pragma warning restore CA2254
        }
    }

    private static string? Shorten(string? message) =>
        string.IsNullOrWhiteSpace(message) ? null
        : message.Length <= MaxLoggedMessageLength ? message
        : message[..MaxLoggedMessageLength];
}
