using PageShare.Application.Geolocation;

namespace PageShare.Infrastructure.Geolocation;

/// <summary>How one HTTP exchange with ip-api ended; <see cref="Detail"/> never holds the IP.</summary>
internal sealed record IpApiAttempt(IpApiAttemptKind Kind, GeoLocation Location, string Detail)
{
    public static IpApiAttempt Of(IpApiAttemptKind kind, string detail) => new(kind, GeoLocation.Unknown, detail);
}
