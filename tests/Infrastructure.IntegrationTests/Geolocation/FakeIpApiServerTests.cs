using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PageShare.TestSupport.IpApi;

namespace PageShare.Infrastructure.IntegrationTests.Geolocation;

/// <summary>The fake speaks ip-api's wire shape, or the adapter tests prove nothing.</summary>
public sealed class FakeIpApiServerTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private FakeIpApiServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeIpApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task Get_FieldsAsNumericMask_ReturnsOnlyThoseFields()
    {
        using var response = await _http.GetAsync($"{_fake.BaseUrl}/json/8.8.8.8?fields={16384 + 2 + 256}");

        var body = await ReadAsync(response);

        body.Keys.Should().BeEquivalentTo("status", "countryCode", "timezone");
    }

    [Theory]
    [InlineData("192.168.1.1", "private range")]
    [InlineData("127.0.0.1", "reserved range")]
    [InlineData("::1", "reserved range")]
    [InlineData("24", "invalid query")]
    public async Task Get_NonPublicOrMalformedQuery_AnswersFailWithHttp200(string query, string message)
    {
        using var response = await _http.GetAsync($"{_fake.BaseUrl}/json/{query}?fields=status,message,query");

        var body = await ReadAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body["status"].GetString().Should().Be("fail");
        body["message"].GetString().Should().Be(message);
        body["query"].GetString().Should().Be(query);
    }

    [Fact]
    public async Task Get_PastTheWindow_Answers429WithRateHeaders()
    {
        _fake.WindowSize = 1;
        using var first = await _http.GetAsync($"{_fake.BaseUrl}/json/8.8.8.8");

        using var second = await _http.GetAsync($"{_fake.BaseUrl}/json/8.8.8.8");

        first.Headers.GetValues("X-Rl").Should().Equal("0");
        second.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        second.Headers.GetValues("X-Rl").Should().Equal("0");
        int.Parse(second.Headers.GetValues("X-Ttl").Single(), System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(1, 60);
        _fake.RequestsFor("8.8.8.8").Should().Be(2);
    }

    private static async Task<Dictionary<string, JsonElement>> ReadAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<Dictionary<string, JsonElement>>())!;
}
