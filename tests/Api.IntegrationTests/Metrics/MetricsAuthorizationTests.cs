using System.Net;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Metrics;

/// <summary>Every metrics endpoint of this module: 401 without a token, 403 for a normal user, 200 for an admin.</summary>
public sealed class MetricsAuthorizationTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    public static TheoryData<string> Paths => new()
    {
        "/api/v1/metrics/dashboard",
        "/api/v1/metrics/users",
        "/api/v1/metrics/engagement",
        "/api/v1/metrics/growth",
        "/api/v1/metrics/trending",
        "/api/v1/metrics/export",
        "/api/v1/metrics/export?format=csv",
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_Anonymous_Returns401(string path) =>
        await (await Anonymous.GetAsync(path)).ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_NormalUser_Returns403(string path) =>
        await (await SignedIn(Guid.NewGuid()).GetAsync(path)).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_AnonymousSession_Returns403(string path) =>
        await (await Factory.CreateUserClient(Guid.NewGuid(), isAnonymous: true).GetAsync(path))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_Admin_Returns200(string path)
    {
        var response = await Factory.CreateUserClient(Guid.NewGuid(), "ops@example.com", appRole: "admin").GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
