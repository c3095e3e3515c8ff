using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PageShare.Application.Metrics;
using PageShare.Infrastructure.Persistence.Queries;

namespace PageShare.Infrastructure.Metrics;

public static class MetricsServiceCollectionExtensions
{
    /// <summary>The metrics reads and the view refresh job (<c>METRICS_REFRESH_INTERVAL</c>).</summary>
    public static IServiceCollection AddMetrics(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddScoped<IMetricsQueries, MetricsQueries>();
        services.AddSingleton(MetricsRefreshSettings.FromConfiguration(configuration, environment));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MetricsViewRefresher>();
        services.AddHostedService<MetricsRefreshService>();
        return services;
    }
}
