using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Errors;

public sealed class CorsTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Preflight_AllowedOrigin_IsAllowedWithExposedHeaders()
    {
        using var request = Preflight("http://localhost:3000");

        var response = await Anonymous.SendAsync(request);

        response.Headers.GetValues("Access-Control-Allow-Origin").Single().Should().Be("http://localhost:3000");
        var simple = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        simple.Headers.Add("Origin", "http://localhost:3000");
        (await Anonymous.SendAsync(simple)).Headers.GetValues("Access-Control-Expose-Headers").Single().Should().Contain("X-Request-ID");
    }

    [Fact]
    public async Task Preflight_OtherOrigin_IsNotAllowed()
    {
        using var request = Preflight("https://evil.example");

        var response = await Anonymous.SendAsync(request);

        response.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/users/me");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "PATCH");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }
}
