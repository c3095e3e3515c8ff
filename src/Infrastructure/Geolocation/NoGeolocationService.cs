using System.Net;
using PageShare.Application.Geolocation;

namespace PageShare.Infrastructure.Geolocation;

/// <summary><c>GEOLOCATION_PROVIDER=none</c>: a provider that knows nothing, so no IP ever leaves the server.</summary>
internal sealed class NoGeolocationService : IGeolocationService
{
    public Task<GeoLocation> LocateAsync(IPAddress address, CancellationToken cancellationToken) => Task.FromResult(GeoLocation.Unknown);
}
