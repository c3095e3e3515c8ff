using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Geolocation.Queries.GetGeolocation;

internal sealed class GetGeolocationQueryHandler(IClientContext client, IGeolocationService geolocation)
    : IRequestHandler<GetGeolocationQuery, GeolocationDto>
{
    public async Task<GeolocationDto> Handle(GetGeolocationQuery request, CancellationToken cancellationToken)
    {
        var location = client.ClientIp is { } ip ? await geolocation.LocateAsync(ip, cancellationToken) : GeoLocation.Unknown;
        return new GeolocationDto(location.CountryName, location.CountryCode, location.Timezone);
    }
}
