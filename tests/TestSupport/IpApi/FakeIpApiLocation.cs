namespace PageShare.TestSupport.IpApi;

/// <summary>A canned success answer.</summary>
public sealed record FakeIpApiLocation(string Country, string CountryCode, string RegionName, string City, string Timezone);
