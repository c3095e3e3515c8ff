using System.Globalization;
using System.Net.Http.Headers;

namespace PageShare.Infrastructure.Geolocation;

/// <summary>
/// ip-api's budget as its <c>X-Rl</c>/<c>X-Ttl</c> headers tell it: once spent (or after a 429) nothing is
/// sent until the window resets, because repeated calls over the limit get the server banned.
/// </summary>
internal sealed class IpApiRateLimitGate(IpApiOptions options, TimeProvider clock)
{
    private readonly Lock _sync = new();
    private DateTimeOffset _closedUntil = DateTimeOffset.MinValue;
    private int? _remaining;
    private DateTimeOffset _windowResetsAt = DateTimeOffset.MinValue;

    /// <summary>Takes one request from the budget, or says none may be sent now.</summary>
    public bool TryAcquire()
    {
        lock (_sync)
        {
            var now = clock.GetUtcNow();
            if (now < _closedUntil)
            {
                return false;
            }

            if (now >= _windowResetsAt)
            {
                _remaining = null;
            }

            // Concurrent lookups spend the budget before their answers report it.
            if (_remaining is { } remaining)
            {
                if (remaining <= 0)
                {
                    return false;
                }

                _remaining = remaining - 1;
            }

            return true;
        }
    }

    public void Observe(HttpResponseHeaders headers)
    {
        var left = ReadInt(headers, "X-Rl");
        var ttl = ReadInt(headers, "X-Ttl");
        if (left is null)
        {
            return;
        }

        lock (_sync)
        {
            var now = clock.GetUtcNow();
            var pause = ttl is { } seconds ? TimeSpan.FromSeconds(seconds) : options.DefaultRateLimitPause;
            _remaining = left;
            _windowResetsAt = now + pause;
            if (left <= 0)
            {
                _closedUntil = Max(_closedUntil, now + pause);
            }
        }
    }

    /// <summary>A 429: closed for <c>X-Ttl</c> seconds, or the default pause when the header is missing.</summary>
    public TimeSpan CloseAfterTooManyRequests(HttpResponseHeaders headers)
    {
        var ttl = ReadInt(headers, "X-Ttl");
        var pause = ttl is { } seconds and > 0 ? TimeSpan.FromSeconds(seconds) : options.DefaultRateLimitPause;
        lock (_sync)
        {
            var now = clock.GetUtcNow();
            _remaining = 0;
            _windowResetsAt = now + pause;
            _closedUntil = Max(_closedUntil, now + pause);
        }

        return pause;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static int? ReadInt(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
