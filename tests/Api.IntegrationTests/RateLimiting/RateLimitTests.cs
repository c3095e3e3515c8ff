using System.Net;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.RateLimiting;

public sealed class RateLimitTests(RateLimitedApiFactory factory) : IClassFixture<RateLimitedApiFactory>
{
    [Fact]
    public async Task Reads_OverLimitForOneUser_Return429WithHeaders()
    {
        var client = factory.CreateUserClient(Guid.NewGuid(), "reader@example.com");
        for (var i = 0; i < RateLimitedApiFactory.Reads; i++)
        {
            var ok = await client.GetAsync("/api/v1/users/me");
            ok.StatusCode.Should().Be(HttpStatusCode.OK);
            ok.Headers.GetValues("X-RateLimit-Limit").Single().Should().Be(RateLimitedApiFactory.Reads.ToString(System.Globalization.CultureInfo.InvariantCulture));
            ok.Headers.GetValues("X-RateLimit-Remaining").Single().Should().Be((RateLimitedApiFactory.Reads - i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var limited = await client.GetAsync("/api/v1/users/me");

        await limited.ShouldBeErrorAsync(HttpStatusCode.TooManyRequests, "RATE_LIMIT_EXCEEDED");
        int.Parse(limited.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture).Should().BePositive();
        limited.Headers.GetValues("X-RateLimit-Remaining").Single().Should().Be("0");
        limited.Headers.Contains("X-RateLimit-Reset").Should().BeTrue();
    }

    [Fact]
    public async Task Limits_ArePerUser()
    {
        var first = factory.CreateUserClient(Guid.NewGuid(), "first@example.com");
        var second = factory.CreateUserClient(Guid.NewGuid(), "second@example.com");
        for (var i = 0; i <= RateLimitedApiFactory.Reads; i++)
        {
            await first.GetAsync("/api/v1/users/me");
        }

        var response = await second.GetAsync("/api/v1/users/me");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Writes_HaveTheirOwnStricterLimit()
    {
        var client = factory.CreateUserClient(Guid.NewGuid(), "writer@example.com");
        for (var i = 0; i < RateLimitedApiFactory.Writes; i++)
        {
            (await client.PostAsync("/api/v1/auth/verify", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var limited = await client.PostAsync("/api/v1/auth/verify", null);

        await limited.ShouldBeErrorAsync(HttpStatusCode.TooManyRequests, "RATE_LIMIT_EXCEEDED");
        (await client.GetAsync("/api/v1/users/me")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Health_IsNeverLimited()
    {
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedApiFactory.Reads * 3; i++)
        {
            statuses.Add((await client.GetAsync("/health/live")).StatusCode);
        }

        statuses.Should().OnlyContain(s => s == HttpStatusCode.OK);
    }
}
