using System.Net.Http.Json;
using Npgsql;
using PageShare.Api.IntegrationTests.Infrastructure;
using PageShare.TestSupport.IpApi;

namespace PageShare.Api.IntegrationTests.Geolocation;

public sealed class OnboardingGeolocationTests(GeolocatedApiFactory factory) : IClassFixture<GeolocatedApiFactory>
{
    private const string ClientIp = "81.2.69.160";

    [Fact]
    public async Task CompleteOnboarding_ThroughTrustedProxy_StoresCountryAndIpHashButNeverTheIp()
    {
        factory.IpApi.SetLocation(ClientIp, new FakeIpApiLocation("United Kingdom", "GB", "England", "London", "Europe/London"));
        var userId = Guid.NewGuid();
        var client = factory.CreateUserClient(userId, "uk_trader@example.com");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", $"6.6.6.6, {ClientIp}");

        var json = await client.PostAsJsonAsync("/api/v1/users/me/onboarding",
            new { username = "uk_trader", display_name = "UK", interests = Array.Empty<string>() }).ReadJsonAsync();

        json.GetProperty("country").GetString().Should().Be("GB");
        json.GetProperty("timezone").GetString().Should().Be("Europe/London"); // no browser zone sent: the IP's
        var row = await ReadUserRowAsync(userId);
        row.Should().Contain("\"ip_hash\":\"").And.NotContain(ClientIp).And.NotContain("6.6.6.6");
        factory.IpApi.RequestsFor(ClientIp).Should().Be(1);
    }

    [Fact]
    public async Task CompleteOnboarding_BrowserTimezone_WinsOverTheIps()
    {
        factory.IpApi.SetLocation("81.2.69.161", new FakeIpApiLocation("United Kingdom", "GB", "England", "London", "Europe/London"));
        var client = factory.CreateUserClient(Guid.NewGuid(), "traveller@example.com");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "81.2.69.161");

        var json = await client.PostAsJsonAsync("/api/v1/users/me/onboarding",
            new { username = "traveller", display_name = "T", interests = Array.Empty<string>(), timezone = "Asia/Tokyo" }).ReadJsonAsync();

        json.GetProperty("timezone").GetString().Should().Be("Asia/Tokyo");
        json.GetProperty("country").GetString().Should().Be("GB");
    }

    [Fact]
    public async Task CompleteOnboarding_LookupFails_StillSucceedsWithUnknownCountry()
    {
        factory.IpApi.SetFailure("81.2.69.162", "invalid query");
        var client = factory.CreateUserClient(Guid.NewGuid(), "unknown_place@example.com");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "81.2.69.162");

        var json = await client.PostAsJsonAsync("/api/v1/users/me/onboarding",
            new { username = "unknown_place", display_name = "U", interests = Array.Empty<string>(), timezone = "UTC" }).ReadJsonAsync();

        json.GetProperty("onboarding_completed").GetBoolean().Should().BeTrue();
        json.GetProperty("country").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Geolocation_ForCallerBehindProxy_ReturnsCountryAndZone()
    {
        factory.IpApi.SetLocation("81.2.69.163", new FakeIpApiLocation("Germany", "DE", "Berlin", "Berlin", "Europe/Berlin"));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "81.2.69.163");

        var json = await client.GetAsync("/api/v1/geolocation").ReadJsonAsync();

        json.GetProperty("country").GetString().Should().Be("Germany");
        json.GetProperty("country_code").GetString().Should().Be("DE");
        json.GetProperty("timezone").GetString().Should().Be("Europe/Berlin");
    }

    private async Task<string> ReadUserRowAsync(Guid userId)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT row_to_json(u)::text FROM users u WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", userId);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
