using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Geolocation.Queries.GetGeolocation;

public sealed record GetGeolocationQuery : IRequest<GeolocationDto>;
