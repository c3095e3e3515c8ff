using PageShare.Application.Geolocation;
using PageShare.Infrastructure.Geolocation;

namespace PageShare.Infrastructure.IntegrationTests.Geolocation;

public sealed class IpApiLocationMapperTests
{
    [Theory]
    [InlineData("US", "US")]
    [InlineData("us", null)]
    [InlineData("USA", null)]
    [InlineData("U1", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Map_CountryCode_KeepsOnlyTwoUpperLetters(string? raw, string? expected)
    {
        Map(countryCode: raw).CountryCode.Should().Be(expected);
    }

    [Theory]
    [InlineData("America/Los_Angeles", "America/Los_Angeles")]
    [InlineData("Europe/London", "Europe/London")]
    [InlineData("UTC", "UTC")]
    [InlineData("Pacific Standard Time", null)]
    [InlineData("Mars/Olympus_Mons", null)]
    [InlineData("america/los_angeles", null)]
    [InlineData("", null)]
    public void Map_Timezone_KeepsOnlyKnownIanaIds(string raw, string? expected)
    {
        Map(timezone: raw).Timezone.Should().Be(expected);
    }

    [Theory]
    [InlineData(" United States ", "United States")]
    [InlineData("", null)]
    [InlineData("bad\nname", null)]
    public void Map_CountryName_TrimsAndRefusesControlCharacters(string raw, string? expected)
    {
        Map(country: raw).CountryName.Should().Be(expected);
    }

    private static GeoLocation Map(string? countryCode = "US", string? country = "United States", string? timezone = "America/New_York") =>
        IpApiLocationMapper.Map(new IpApiResponse("success", null, country, countryCode, timezone));
}
