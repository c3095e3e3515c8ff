namespace PageShare.Application.Geolocation;

/// <summary>What a geolocation provider knows of an IP; every field may be unknown.</summary>
public sealed record GeoLocation(string? CountryCode, string? CountryName, string? Timezone)
{
    public static readonly GeoLocation Unknown = new(null, null, null);
}
