using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PageShare.Application.Common.Interfaces;

namespace PageShare.Infrastructure.Activity;

public static class ActivityServiceCollectionExtensions
{
    /// <summary>The in-memory activity buffer (<see cref="IActivityRecorder"/>) and the hosted service that writes it.</summary>
    public static IServiceCollection AddActivityTracking(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ActivityOptions.FromConfiguration(configuration));
        services.AddSingleton<ActivityBuffer>();
        services.AddSingleton<IActivityRecorder>(sp => sp.GetRequiredService<ActivityBuffer>());
        services.AddSingleton<ActivityFlusher>();
        services.AddScoped<ActivityWriter>();
        services.AddHostedService<ActivityFlushService>();
        return services;
    }
}
