using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PageShare.Application.Geolocation;

namespace PageShare.Infrastructure.Geolocation;

public static class GeolocationServiceCollectionExtensions
{
    public const string IpApiProvider = "ip-api";
    public const string NoProvider = "none";

    // ip-api answers a few hundred bytes; cap what a misbehaving endpoint can make us buffer.
    private const int MaxResponseBytes = 64 * 1024;

    /// <summary>
    /// <c>GEOLOCATION_PROVIDER</c>: <c>ip-api</c> (the default) asks ip-api.com (<c>IP_API_BASE_URL</c>,
    /// <c>IP_API_KEY</c>); <c>none</c> knows nothing. <paramref name="configure"/> lets tests tune timeouts and limits.
    /// </summary>
    public static IServiceCollection AddGeolocation(
        this IServiceCollection services, IConfiguration configuration, Action<IpApiOptions>? configure = null)
    {
        var raw = configuration["GEOLOCATION_PROVIDER"];
        var provider = string.IsNullOrWhiteSpace(raw) ? IpApiProvider : raw.Trim().ToLowerInvariant();
        switch (provider)
        {
            case NoProvider:
                services.AddSingleton<IGeolocationService, NoGeolocationService>();
                break;
            case IpApiProvider:
                var options = IpApiOptions.FromConfiguration(configuration);
                configure?.Invoke(options);
                AddIpApi(services, options);
                break;
            default:
                throw new InvalidOperationException($"GEOLOCATION_PROVIDER '{provider}' is unknown; use '{IpApiProvider}' or '{NoProvider}'.");
        }

        return services;
    }

    private static void AddIpApi(IServiceCollection services, IpApiOptions options)
    {
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IpApiRateLimitGate>();
        services.AddSingleton<IpApiResponseCache>();
        services.AddSingleton<IpApiCircuitBreaker>();
        services.AddSingleton<IpApiWarningThrottle>();
        services.AddHostedService<IpApiStartupNotice>();
        services
            .AddHttpClient<IGeolocationService, IpApiGeolocationService>(IpApiGeolocationService.HttpClientName, client =>
            {
                client.Timeout = options.Timeout;
                client.MaxResponseContentBufferSize = MaxResponseBytes;
            })
            // The factory's default loggers write the request URL, which holds the client IP and the key.
            .RemoveAllLoggers();
    }
}
