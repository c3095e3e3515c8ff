using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using PageShare.Application.Geolocation;

namespace PageShare.Infrastructure.Geolocation;

/// <summary>
/// Answers per IP, bounded. Keys are HMAC-SHA256 of the address under a key that lives only in this process,
/// so a heap dump or a cache listing shows no IP and cannot be reversed by trying all IPv4 addresses.
/// </summary>
internal sealed class IpApiResponseCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly TimeProvider _clock;
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public IpApiResponseCache(IpApiOptions options, TimeProvider clock)
    {
        _clock = clock;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.CacheSizeLimit });
    }

    public int Count => _cache.Count;

    public bool TryGet(IPAddress address, out GeoLocation location)
    {
        // The expiry is checked against the injected clock too: MemoryCache's own clock is the system's.
        if (_cache.TryGetValue(KeyFor(address), out Entry? entry) && entry is not null && _clock.GetUtcNow() < entry.ExpiresAt)
        {
            location = entry.Location;
            return true;
        }

        location = GeoLocation.Unknown;
        return false;
    }

    public void Set(IPAddress address, GeoLocation location, TimeSpan duration)
    {
        var entry = new Entry(location, _clock.GetUtcNow() + duration);
        _cache.Set(KeyFor(address), entry, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = duration });
    }

    public void Dispose() => _cache.Dispose();

    private string KeyFor(IPAddress address)
    {
        var normalised = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, normalised.GetAddressBytes()));
    }

    private sealed record Entry(GeoLocation Location, DateTimeOffset ExpiresAt);
}
