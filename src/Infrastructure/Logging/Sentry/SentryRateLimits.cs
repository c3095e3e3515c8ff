using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace PageShare.Infrastructure.Logging.Sentry;

/// <summary>
/// Sentry's back-off windows per data category (EXTERNAL_SERVICES.md 4.5): <c>X-Sentry-Rate-Limits</c>
/// on any response, else <c>Retry-After</c> on a 429, else 60 s for everything.
/// </summary>
internal sealed class SentryRateLimits
{
    public const string ErrorCategory = "error";
    public const string RateLimitsHeader = "X-Sentry-Rate-Limits";
    private const string AllCategories = "";
    private static readonly TimeSpan _defaultRetryAfter = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan _longestWindow = TimeSpan.FromDays(1);

    private readonly Dictionary<string, DateTimeOffset> _until = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();

    public bool IsLimited(string category, DateTimeOffset now)
    {
        lock (_sync)
        {
            return (_until.TryGetValue(AllCategories, out var all) && all > now)
                || (_until.TryGetValue(category, out var until) && until > now);
        }
    }

    public void Update(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);

        var rateLimits = Header(response.Headers, RateLimitsHeader);
        if (!string.IsNullOrWhiteSpace(rateLimits))
        {
            ApplyRateLimits(rateLimits, now);
        }
        else if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var retryAfter = ParseRetryAfter(Header(response.Headers, "Retry-After"), now) ?? _defaultRetryAfter;
            Limit(AllCategories, now + retryAfter);
        }
    }

    /// <summary><c>retry_after:categories:scope:reason, ...</c>; categories ';'-separated, empty means all.</summary>
    internal void ApplyRateLimits(string header, DateTimeOffset now)
    {
        foreach (var entry in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split(':');
            if (!double.TryParse(parts[0].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
            {
                continue;
            }

            var until = now + Clamp(seconds);
            var categories = parts.Length > 1
                ? parts[1].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : [];
            if (categories.Length == 0)
            {
                Limit(AllCategories, until);
                continue;
            }

            foreach (var category in categories)
            {
                Limit(category.ToLowerInvariant(), until);
            }
        }
    }

    /// <summary>Seconds (the .NET SDK accepts a float) or an HTTP date.</summary>
    internal static TimeSpan? ParseRetryAfter(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds > 0 ? Clamp(seconds) : null;
        }

        return DateTimeOffset.TryParseExact(value.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            && date > now
            ? date - now
            : null;
    }

    private void Limit(string category, DateTimeOffset until)
    {
        lock (_sync)
        {
            // keep the longest window a category has been given
            if (!_until.TryGetValue(category, out var existing) || until > existing)
            {
                _until[category] = until;
            }
        }
    }

    private static TimeSpan Clamp(double seconds)
        => seconds >= _longestWindow.TotalSeconds ? _longestWindow : TimeSpan.FromSeconds(seconds);

    // NonValidated: a float Retry-After fails HttpClient's typed parsing
    private static string? Header(HttpResponseHeaders headers, string name)
        => headers.NonValidated.TryGetValues(name, out var values) ? string.Join(',', values) : null;
}
