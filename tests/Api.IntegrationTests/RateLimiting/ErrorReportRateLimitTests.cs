using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Npgsql;
using PageShare.Api.IntegrationTests.Infrastructure;

namespace PageShare.Api.IntegrationTests.RateLimiting;

/// <summary>POST /errors/log has its own window per client IP and per user, apart from the write bucket.</summary>
public sealed class ErrorReportRateLimitTests(RateLimitedApiFactory factory) : IClassFixture<RateLimitedApiFactory>
{
    private const int Limit = RateLimitedApiFactory.ErrorReports;

    [Fact]
    public async Task Flood_FromOneBrowser_Is429PastTheLimitAndOneGroup()
    {
        var ip = IPAddress.Parse("192.0.2.10");
        var statuses = new List<int>();
        HttpContext? limited = null;
        for (var i = 0; i < 50; i++)
        {
            var context = await ReportAsync(ip, token: null);
            statuses.Add(context.Response.StatusCode);
            limited ??= context.Response.StatusCode == 429 ? context : null;
        }

        statuses.Take(Limit).Should().OnlyContain(s => s == 202);
        statuses.Skip(Limit).Should().OnlyContain(s => s == 429);
        limited!.Response.Headers.RetryAfter.ToString().Should().NotBeEmpty();
        limited.Response.Headers["X-RateLimit-Limit"].ToString().Should().Be(Limit.ToString(CultureInfo.InvariantCulture));
        limited.Response.Headers["X-RateLimit-Remaining"].ToString().Should().Be("0");
        (await new StreamReader(limited.Response.Body).ReadToEndAsync()).Should().Contain("\"RATE_LIMIT_EXCEEDED\"");
        (await OccurrencesAsync("192.0.2.10")).Should().Be(Limit);
    }

    [Fact]
    public async Task Limit_IsPerIp()
    {
        for (var i = 0; i < Limit; i++)
        {
            (await ReportAsync(IPAddress.Parse("192.0.2.20"), token: null)).Response.StatusCode.Should().Be(202);
        }

        (await ReportAsync(IPAddress.Parse("192.0.2.20"), token: null)).Response.StatusCode.Should().Be(429);
        (await ReportAsync(IPAddress.Parse("192.0.2.21"), token: null)).Response.StatusCode.Should().Be(202);
    }

    [Fact]
    public async Task Limit_IsPerUserAcrossIps()
    {
        var token = TestAuth.TokenFor(Guid.NewGuid(), "looping@example.com");
        for (var i = 0; i < Limit; i++)
        {
            (await ReportAsync(IPAddress.Parse($"198.51.100.{i + 1}"), token)).Response.StatusCode.Should().Be(202);
        }

        (await ReportAsync(IPAddress.Parse("198.51.100.200"), token)).Response.StatusCode.Should().Be(429);
        (await ReportAsync(IPAddress.Parse("198.51.100.201"), token: null)).Response.StatusCode.Should().Be(202);
    }

    [Fact]
    public async Task ErrorReports_DoNotUseTheWriteBudget()
    {
        var token = TestAuth.TokenFor(Guid.NewGuid(), "writer2@example.com");
        for (var i = 0; i < Limit; i++)
        {
            (await ReportAsync(IPAddress.Parse("203.0.113.50"), token)).Response.StatusCode.Should().Be(202);
        }

        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        (await client.PostAsync("/api/v1/auth/verify", null)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    // Through the test server directly: the only way to choose the connection's remote address.
    private Task<HttpContext> ReportAsync(IPAddress ip, string? token) =>
        factory.Server.SendAsync(context =>
        {
            var body = Encoding.UTF8.GetBytes($$"""{"message": "loop from {{ip}}"}""");
            context.Request.Method = HttpMethods.Post;
            context.Request.Path = "/api/v1/errors/log";
            context.Request.ContentType = "application/json";
            context.Request.ContentLength = body.Length;
            context.Request.Body = new MemoryStream(body);
            context.Features.Set<IHttpRequestBodyDetectionFeature>(new BodyDetection()); // else minimal APIs see no body
            context.Connection.RemoteIpAddress = ip;
            if (token is not null)
            {
                context.Request.Headers.Authorization = $"Bearer {token}";
            }
        });

    private async Task<long> OccurrencesAsync(string ip)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select coalesce(sum(occurrences), 0) from error_logs where message = @m", connection);
        command.Parameters.AddWithValue("m", $"loop from {ip}");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private sealed class BodyDetection : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }
}
