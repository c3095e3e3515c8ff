using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PageShare.Application.Common.Interfaces;
using PageShare.Infrastructure.Media;

namespace PageShare.Infrastructure.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="IFileStorage"/> (Supabase Storage when <c>SUPABASE_SERVICE_ROLE_KEY</c> is set, a local folder otherwise),
    /// the bucket names, <see cref="StorageOptions"/> and the <see cref="IImageInspector"/>.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = StorageOptions.FromConfiguration(configuration, environment.ContentRootPath);
        services.AddSingleton(options);
        services.AddSingleton(options.Buckets);
        services.AddSingleton<IImageInspector, ImageInspector>();

        if (options.Supabase is { } supabase)
        {
            services.AddSingleton(supabase);
            services.AddHttpClient<IFileStorage, SupabaseFileStorage>(http => http.Timeout = Timeout.InfiniteTimeSpan); // the adapter's per-attempt timeout rules
        }
        else
        {
            services.AddSingleton<IFileStorage>(new LocalFileStorage(options.LocalRoot, options.PublicBaseUrl));
        }

        return services;
    }
}
