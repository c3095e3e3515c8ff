using PageShare.Application.Geolocation;

namespace PageShare.Infrastructure.Geolocation;

/// <summary>Keeps only values PageShare can store as they are: an ISO alpha-2 code, a sane name, an IANA zone.</summary>
internal static class IpApiLocationMapper
{
    private const int MaxCountryNameLength = 100;

    public static GeoLocation Map(IpApiResponse response) =>
        new(CountryCode(response.CountryCode), CountryName(response.Country), Timezone(response.Timezone));

    private static string? CountryCode(string? value) =>
        value is { Length: 2 } && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]) ? value : null;

    private static string? CountryName(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxCountryNameLength || trimmed.Any(char.IsControl) ? null : trimmed;
    }

    // TryFindSystemTimeZoneById also accepts Windows ids; HasIanaId tells them apart.
    private static string? Timezone(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && TimeZoneInfo.TryFindSystemTimeZoneById(value, out var zone)
        && zone.HasIanaId
        && string.Equals(zone.Id, value, StringComparison.Ordinal)
            ? value
            : null;
}
