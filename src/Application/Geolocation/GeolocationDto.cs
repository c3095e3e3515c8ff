namespace PageShare.Application.Geolocation;

/// <summary><c>GET /geolocation</c>: nulls when unknown.</summary>
public sealed record GeolocationDto(string? Country, string? CountryCode, string? Timezone);
