using System.Net;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.Errors;

public sealed class ErrorEnvelopeTests(PageShareApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task UnknownRoute_Returns404Envelope()
    {
        var response = await Anonymous.GetAsync("/api/v1/no-such-thing");

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task WrongMethod_Returns405Envelope()
    {
        var response = await Anonymous.DeleteAsync("/api/v1/auth/verify");

        await response.ShouldBeErrorAsync(HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
    }

    [Fact]
    public async Task RequestId_WellFormedIncoming_IsEchoed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/users/me");
        request.Headers.Add("X-Request-ID", "client-abc.123");

        var response = await Anonymous.SendAsync(request);

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
        error.GetProperty("request_id").GetString().Should().Be("client-abc.123");
    }

    [Fact]
    public async Task RequestId_MalformedIncoming_IsReplaced()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.TryAddWithoutValidation("X-Request-ID", "bad id with spaces <script>");

        var response = await Anonymous.SendAsync(request);

        response.Headers.GetValues("X-Request-ID").Single().Should().MatchRegex("^[0-9a-f]{32}$");
    }

    [Fact]
    public async Task EverySuccessfulResponse_CarriesRequestId()
    {
        var response = await Anonymous.GetAsync("/health/live");

        response.Headers.GetValues("X-Request-ID").Single().Should().NotBeNullOrEmpty();
    }
}
