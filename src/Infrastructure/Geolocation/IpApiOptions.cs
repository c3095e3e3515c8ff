using Microsoft.Extensions.Configuration;

namespace PageShare.Infrastructure.Geolocation;

/// <summary>How the ip-api adapter talks to ip-api.com; read from configuration, tunable by tests.</summary>
public sealed class IpApiOptions
{
    public const string FreeBaseUrl = "http://ip-api.com";
    public const string ProBaseUrl = "https://pro.ip-api.com";

    // status and message stay in: without them a "fail" answer is unreadable (EXTERNAL_SERVICES.md 3.2).
    public const string Fields = "status,message,country,countryCode,timezone,query";

    public Uri BaseUrl { get; set; } = new(FreeBaseUrl);

    /// <summary><c>IP_API_KEY</c>: selects the pro endpoint; sent as the <c>key</c> query parameter.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Per attempt; a lookup makes at most two attempts.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan SuccessCacheDuration { get; set; } = TimeSpan.FromHours(24);

    // A "fail" answer (private range, invalid query) is stable too, but a shorter life bounds a wrong one.
    public TimeSpan FailureCacheDuration { get; set; } = TimeSpan.FromHours(1);

    public int CacheSizeLimit { get; set; } = 10_000;

    /// <summary>When a 429 or an exhausted <c>X-Rl</c> comes without <c>X-Ttl</c>.</summary>
    public TimeSpan DefaultRateLimitPause { get; set; } = TimeSpan.FromSeconds(60);

    public int CircuitBreakerFailureThreshold { get; set; } = 5;

    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A misconfiguration (403) repeats on every call; one warning per period is enough.</summary>
    public TimeSpan WarningInterval { get; set; } = TimeSpan.FromHours(1);

    public bool HasApiKey => !string.IsNullOrWhiteSpace(ApiKey);

    public static IpApiOptions FromConfiguration(IConfiguration configuration)
    {
        var key = configuration["IP_API_KEY"];
        key = string.IsNullOrWhiteSpace(key) ? null : key.Trim();
        var rawBaseUrl = configuration["IP_API_BASE_URL"];
        var baseUrl = string.IsNullOrWhiteSpace(rawBaseUrl)
            ? new Uri(key is null ? FreeBaseUrl : ProBaseUrl)
            : ParseBaseUrl(rawBaseUrl.Trim());
        return new IpApiOptions { BaseUrl = baseUrl, ApiKey = key };
    }

    private static Uri ParseBaseUrl(string raw)
    {
        if (!Uri.TryCreate(raw, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.Query))
        {
            throw new InvalidOperationException("IP_API_BASE_URL must be an absolute http(s) URL without a query, e.g. http://ip-api.com.");
        }

        return uri;
    }
}
