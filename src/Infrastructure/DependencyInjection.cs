using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PageShare.Application.Common.Idempotency;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Persistence;
using PageShare.Application.ContentFilters;
using PageShare.Application.Geolocation;
using PageShare.Application.Health;
using PageShare.Application.Posts;
using PageShare.Application.Reactions;
using PageShare.Application.Reposts;
using PageShare.Application.Search;
using PageShare.Application.Tickers;
using PageShare.Infrastructure.Activity;
using PageShare.Infrastructure.Geolocation;
using PageShare.Infrastructure.Idempotency;
using PageShare.Infrastructure.Identity;
using PageShare.Infrastructure.Metrics;
using PageShare.Infrastructure.Monitoring;
using PageShare.Infrastructure.Network;
using PageShare.Infrastructure.Persistence;
using PageShare.Infrastructure.Persistence.Engagement;
using PageShare.Infrastructure.Persistence.Events;
using PageShare.Infrastructure.Persistence.Migrations;
using PageShare.Infrastructure.Persistence.Queries;
using PageShare.Infrastructure.Persistence.Seeding;
using PageShare.Infrastructure.Storage;

namespace PageShare.Infrastructure;

public static class DependencyInjection
{
    /// <summary>PostgreSQL, the migrator, Supabase authentication and the other adapters.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var databaseUrl = configuration["DATABASE_URL"];
        var connectionString = string.IsNullOrWhiteSpace(databaseUrl) ? null : DatabaseUrl.ToConnectionString(databaseUrl);
        services.AddSingleton(new DatabaseSettings(connectionString));

        // Pooled: a request rents a context and binds its own event dispatcher and save work to it (ForRequest).
        services.AddPooledDbContextFactory<PageShareDbContext>(options => options.UseNpgsql(
            connectionString ?? "Host=unset",
            npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null)));
        services.AddScoped<RequestContextLease>();
        services.AddScoped(sp => sp.GetRequiredService<RequestContextLease>().Context);
        services.AddScoped<IReadDbContext>(sp => sp.GetRequiredService<PageShareDbContext>());
        services.AddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        services.AddScoped<DomainEventDispatcher>();
        services.AddSingleton<ProvisionedUsersCache>();
        services.AddScoped<IUserProvisioner, UserProvisioner>();
        services.AddScoped<IUserRoles, UserRoles>();
        services.AddScoped<IReadinessProbe, ReadinessProbe>();
        services.AddScoped<IReactionToggler, ReactionToggler>();
        services.AddScoped<IRepostWriter, RepostWriter>();
        services.AddScoped<IIdempotencyStore, PostgresIdempotencyStore>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<Persistence.Seeding.BulkData.BulkDataSeeder>();
        services.AddScoped<ITickerQueries, TickerQueries>();
        services.AddSingleton(TrendingConfiguration.FromConfiguration(configuration));
        services.AddScoped<Application.Follows.IFollowWriter, FollowWriter>();
        services.AddScoped<Application.Follows.ISuggestionsReader, SuggestionsReader>();
        services.AddScoped<Application.Bookmarks.IBookmarkWriter, BookmarkWriter>();
        services.AddScoped<SaveTransactionWork>();
        services.AddSingleton<SaveTransactionInterceptor>();
        services.ConfigureDbContext<PageShareDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<SaveTransactionInterceptor>()));
        services.AddScoped<IFollowGraph, FollowGraph>();
        services.AddScoped(typeof(Application.Common.Messaging.IPipelineBehavior<,>), typeof(QueryConnectionBehaviour<,>));
        services.AddScoped<ISearchQueries, SearchQueries>();
        services.AddScoped<IPostRowReader, PostRowReader>();
        services.AddScoped<Application.Comments.ICommentRowReader, CommentRowReader>();
        services.AddScoped<Application.Comments.ICommentPageReader, CommentPageReader>();
        services.AddScoped<Application.Feed.IFeedKeyReader, FeedKeyReader>();
        services.AddSingleton(sp => Persistence.ErrorLogs.ErrorLogSettings.From(sp.GetRequiredService<DatabaseSettings>()));
        services.AddSingleton<Application.Errors.IErrorLogStore, Persistence.ErrorLogs.PostgresErrorLogStore>();
        services.AddSingleton(sp => new Migrator(
            sp.GetRequiredService<DatabaseSettings>().RequireConnectionString(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Migrator>>()));

        services.AddSingleton(new ContentSettings(
            configuration["GIF_ALLOWED_HOSTS"]?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            ?? ContentSettings.DefaultGifHosts));
        services.AddSingleton(TrustedProxies.FromConfiguration(configuration));
        services.AddSingleton(IpHashSalt.FromConfiguration(configuration));
        services.AddScoped<IClientContext, HttpClientContext>();
        services.AddSingleton<IIpHasher, HmacIpHasher>();
        services.AddGeolocation(configuration);
        services.AddStorage(configuration, environment);
        services.AddMetrics(configuration, environment);
        services.AddActivityTracking(configuration);
        services.AddMonitoring(configuration);

        var auth = SupabaseAuthOptions.FromConfiguration(configuration, environment.IsDevelopment());
        services.AddSupabaseAuthentication(auth);
        return services;
    }
}
