using System.Text.Json.Serialization;

namespace PageShare.Infrastructure.Geolocation;

/// <summary>The body of <c>GET /json/{ip}</c> for the fields PageShare asks for (EXTERNAL_SERVICES.md 3.3).</summary>
internal sealed record IpApiResponse(
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("country")] string? Country,
    [property: JsonPropertyName("countryCode")] string? CountryCode,
    [property: JsonPropertyName("timezone")] string? Timezone)
{
    public bool IsSuccess => string.Equals(Status, "success", StringComparison.Ordinal);
}
