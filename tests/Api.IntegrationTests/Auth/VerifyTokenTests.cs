using System.Net;
using System.Net.Http.Headers;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Auth;

public sealed class VerifyTokenTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task VerifyToken_ValidUserToken_ReturnsUserAndExpiry()
    {
        var userId = Guid.NewGuid();

        var json = await SignedIn(userId, "jane@example.com").PostAsync("/api/v1/auth/verify", null).ReadJsonAsync();

        json.GetProperty("valid").GetBoolean().Should().BeTrue();
        json.GetProperty("user_id").GetGuid().Should().Be(userId);
        json.GetProperty("email").GetString().Should().Be("jane@example.com");
        json.GetProperty("role").GetString().Should().Be("user");
        json.GetProperty("expires_at").GetString().Should().EndWith("Z");
    }

    [Fact]
    public async Task VerifyToken_AdminClaim_ReportsAdminRole()
    {
        var client = Factory.CreateUserClient(Guid.NewGuid(), "boss@example.com", appRole: "admin");

        var json = await client.PostAsync("/api/v1/auth/verify", null).ReadJsonAsync();

        json.GetProperty("role").GetString().Should().Be("admin");
    }

    [Fact]
    public async Task VerifyToken_WithoutToken_Returns401AuthRequired()
    {
        var response = await Anonymous.PostAsync("/api/v1/auth/verify", null);

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
        response.Headers.WwwAuthenticate.Should().Contain(h => h.Scheme == "Bearer");
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task VerifyToken_BadToken_Returns401AuthInvalid(string kind, string token)
    {
        var client = Anonymous;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await client.PostAsync("/api/v1/auth/verify", null);

        (await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_INVALID")).ToString().Should().NotContain(token, kind);
    }

    public static TheoryData<string, string> BadTokens() => new()
    {
        { "wrong secret", TestAuth.WithWrongSecret() },
        { "expired", TestAuth.Expired() },
        { "wrong audience", TestAuth.WrongAudience() },
        { "anon key", TestAuth.AnonKey() },
        { "service_role key", TestAuth.ServiceRoleKey() },
        { "alg none", TestAuth.AlgNone() },
        { "garbage", "not.a.jwt" },
    };
}
