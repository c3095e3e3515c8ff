using System.Net;
using System.Net.Http.Headers;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Users;

public sealed class GetUserTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task GetUser_Known_ReturnsPublicProfileWithoutPrivateFields()
    {
        var userId = Guid.NewGuid();
        await SignedIn(userId, "public_paul@example.com").GetAsync("/api/v1/users/me");

        var json = await Anonymous.GetAsync($"/api/v1/users/{userId}").ReadJsonAsync();

        json.GetProperty("username").GetString().Should().Be("public_paul");
        json.GetProperty("followers_count").GetInt32().Should().Be(0);
        json.TryGetProperty("email", out _).Should().BeFalse();
        json.TryGetProperty("role", out _).Should().BeFalse();
    }

    [Fact]
    public async Task GetUser_Unknown_Returns404()
    {
        var response = await Anonymous.GetAsync($"/api/v1/users/{Guid.NewGuid()}");

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task GetUser_NotAGuid_Returns404()
    {
        var response = await Anonymous.GetAsync("/api/v1/users/not-a-guid");

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task GetUser_InvalidTokenOnOptionalRoute_Returns401()
    {
        var client = Anonymous;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestAuth.Expired());

        var response = await client.GetAsync($"/api/v1/users/{Guid.NewGuid()}");

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_INVALID");
    }

    [Theory]
    [InlineData("case_carl")]
    [InlineData("CASE_CARL")]
    [InlineData("Case_Carl")]
    public async Task GetUserByUsername_AnyCase_FindsUser(string asked)
    {
        await SignedIn(Guid.NewGuid(), "case_carl@example.com").GetAsync("/api/v1/users/me");

        var json = await Anonymous.GetAsync($"/api/v1/users/by-username/{asked}").ReadJsonAsync();

        json.GetProperty("username").GetString().Should().Be("case_carl");
    }

    [Theory]
    [InlineData("nobody_here")]
    [InlineData("x")]
    [InlineData("admin")]
    public async Task GetUserByUsername_Unknown_Returns404(string asked)
    {
        var response = await Anonymous.GetAsync($"/api/v1/users/by-username/{asked}");

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task Geolocation_NoProvider_ReturnsNulls()
    {
        var json = await Anonymous.GetAsync("/api/v1/geolocation").ReadJsonAsync();

        json.GetProperty("country").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        json.GetProperty("country_code").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        json.GetProperty("timezone").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }
}
