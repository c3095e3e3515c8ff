using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PageShare.Application.Metrics;
using PageShare.Infrastructure.Persistence;

namespace PageShare.Infrastructure.Monitoring;

public static class MonitoringServiceCollectionExtensions
{
    /// <summary>The request metrics recorder, the slow-query log (an EF Core interceptor) and the health reader.</summary>
    public static IServiceCollection AddMonitoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(MonitoringOptions.FromConfiguration(configuration));
        services.AddSingleton<IRequestMetrics, RequestMetricsRecorder>();
        services.AddSingleton<SlowQueryLog>();
        services.AddSingleton<SlowQueryInterceptor>();
        services.ConfigureDbContext<PageShareDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<SlowQueryInterceptor>()));
        services.AddScoped<IPlatformHealthReader, PlatformHealthReader>();
        return services;
    }
}
