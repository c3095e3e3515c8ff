using Microsoft.AspNetCore.Http.Json;
using PageShare.Application;
using PageShare.Infrastructure;
using PageShare.WebApi.Errors;
using PageShare.WebApi.Json;
using PageShare.WebApi.OpenApi;
using PageShare.WebApi.RateLimiting;

namespace PageShare.WebApi.Configuration;

internal static class ServiceRegistration
{
    public static IServiceCollection AddPageShareApi(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var api = ApiSettings.FromConfiguration(configuration);
        services.AddSingleton(api);
        services.AddApplication(configuration["AutoMapper:LicenseKey"] ?? configuration["AUTOMAPPER_LICENSE_KEY"]);
        services.AddInfrastructure(configuration, environment);

        services.Configure<JsonOptions>(JsonSetup.Configure);
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true); // binding failures reach the envelope handler
        services.AddSingleton<ErrorResponseWriter>();
        services.AddSingleton<BackendErrorRecorder>();
        services.AddExceptionHandler<ErrorEnvelopeExceptionHandler>();
        services.AddProblemDetails();
        services.AddAuthorization();
        services.AddSingleton(RateLimitSettings.FromConfiguration(configuration));
        services.AddOpenApi("v1", OpenApiSetup.Configure);
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins([.. api.CorsOrigins])
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders("X-Request-ID", "Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")));
        return services;
    }
}
