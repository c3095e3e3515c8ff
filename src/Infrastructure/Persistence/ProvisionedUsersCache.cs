using Microsoft.Extensions.Caching.Memory;

namespace PageShare.Infrastructure.Persistence;

/// <summary>Remembers recently provisioned user ids so a request costs no extra query once the row exists.</summary>
public sealed class ProvisionedUsersCache : IDisposable
{
    private static readonly MemoryCacheEntryOptions Entry = new()
    {
        Size = 1,
        SlidingExpiration = TimeSpan.FromMinutes(10),
    };

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public bool Contains(Guid userId) => _cache.TryGetValue(userId, out _);

    public void Add(Guid userId) => _cache.Set(userId, true, Entry);

    public void Dispose() => _cache.Dispose();
}
