using System.Net;

namespace PageShare.Application.Geolocation;

/// <summary>Country and time zone for an IP. Never throws: any failure answers <see cref="GeoLocation.Unknown"/>.</summary>
public interface IGeolocationService
{
    Task<GeoLocation> LocateAsync(IPAddress address, CancellationToken cancellationToken);
}
