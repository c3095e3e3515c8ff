using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PageShare.Application.Geolocation;

namespace PageShare.Infrastructure.Geolocation;

public static class GeolocationServiceCollectionExtensions
{
    /// <summary><c>GEOLOCATION_PROVIDER</c>: <c>none</c> knows nothing; <c>ip-api</c> (the default) asks ip-api.com.</summary>
    public static IServiceCollection AddGeolocation(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = (configuration["GEOLOCATION_PROVIDER"] ?? "none").Trim().ToLowerInvariant();
        switch (provider)
        {
            case "none":
                services.AddSingleton<IGeolocationService, NoGeolocationService>();
                break;
            default:
                throw new InvalidOperationException($"GEOLOCATION_PROVIDER '{provider}' is unknown; use 'none' or 'ip-api'.");
        }

        return services;
    }
}
