using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PageShare.Infrastructure.Geolocation;

/// <summary>
/// Says at startup in production what the free ip-api endpoint costs: client IPs cross the internet in clear
/// text and its terms allow non-commercial use only.
/// </summary>
internal sealed class IpApiStartupNotice(IpApiOptions options, IHostEnvironment environment, ILogger<IpApiStartupNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsProduction())
        {
            return Task.CompletedTask;
        }

        if (!options.HasApiKey)
        {
            logger.LogWarning(
                "Geolocation uses the free ip-api.com endpoint: HTTP only, so client IPs travel unencrypted, and licensed for non-commercial use only. Set IP_API_KEY for the pro endpoint over HTTPS, or GEOLOCATION_PROVIDER=none.");
        }
        else if (options.BaseUrl.Scheme != Uri.UriSchemeHttps)
        {
            logger.LogWarning("IP_API_KEY is set but IP_API_BASE_URL is not HTTPS: the key and client IPs travel unencrypted.");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
