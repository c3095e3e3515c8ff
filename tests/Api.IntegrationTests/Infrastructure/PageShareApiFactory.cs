using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PageShare.Infrastructure.Persistence;
using PageShare.TestSupport.Database;

namespace PageShare.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Hosts the real API against its own freshly migrated PostgreSQL database, with the production auth
/// handler verifying tokens signed by <see cref="TestAuth"/>. Tests reset the data, not the host.
/// </summary>
public class PageShareApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;

    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>Extra settings a derived factory adds (rate limits, broken database, ...).</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public virtual async Task InitializeAsync() => _database = await TestDatabase.CreateMigratedAsync("api");

    public Task ResetAsync() => DatabaseReset.TruncateAllAsync(ConnectionString);

    public HttpClient CreateUserClient(Guid userId, string? email = null, bool isAnonymous = false, string? appRole = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestAuth.TokenFor(userId, email, isAnonymous, appRole));
        return client;
    }

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("DATABASE_URL", ConnectionString);
        builder.UseSetting("SUPABASE_JWT_SECRET", TestAuth.Secret);
        builder.UseSetting("RATE_LIMIT_ENABLED", "false");
        builder.UseSetting("IP_HASH_SALT", "test-salt-0123456789abcdef");
        builder.UseSetting("GEOLOCATION_PROVIDER", "none");
        // No periodic activity flush: its writes would land inside other tests' query counts and metrics data
        // sets. Activity tests flush explicitly (ActivityHost).
        builder.UseSetting("ACTIVITY_FLUSH_SECONDS", "3600");
        // Trending computed on every request: one host serves every test, and a list cached by one test would be
        // another's answer. TrendingCacheTests turn the cache on in a host of their own.
        builder.UseSetting("TRENDING_CACHE_SECONDS", "0");
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }

        // A pooled context keeps its loggers, and EF caches "nobody listens" in them for a second: a SqlCommandCounter
        // made right after a request would miss the next request's connection events.
        builder.ConfigureServices(services =>
            services.ConfigureDbContext<PageShareDbContext>(options => options.ConfigureLoggingCacheTime(TimeSpan.Zero)));
    }
}
