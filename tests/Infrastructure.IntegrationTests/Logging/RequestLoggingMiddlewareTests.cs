using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PageShare.WebApi.Logging;
using Serilog;
using Serilog.Events;

namespace PageShare.Infrastructure.IntegrationTests.Logging;

public sealed class RequestLoggingMiddlewareTests : IAsyncDisposable
{
    private const string RequestLine = "HTTP {RequestMethod} {RoutePattern} responded {StatusCode} in {ElapsedMs} ms";
    private readonly InMemorySink _sink = new();
    private WebApplication? _app;
    private HttpClient? _client;

    [Fact]
    public async Task Request_MatchedRoute_LogsPatternStatusRequestIdAndUser()
    {
        var client = await StartAsync();
        var postId = Guid.NewGuid();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/posts/{postId}?access_token=leaked-secret");
        request.Headers.Add("X-Request-ID", "req-123");
        request.Headers.Add("X-Test-User", "user-1");

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var line = await RequestLineAsync();
        line.Level.Should().Be(LogEventLevel.Information);
        line.Scalar("RequestMethod").Should().Be("GET");
        line.Scalar("RoutePattern").Should().Be("/posts/{postId:guid}");
        line.Scalar("StatusCode").Should().Be(200);
        line.Scalar("ElapsedMs").Should().BeOfType<double>().Which.Should().BeGreaterThanOrEqualTo(0);
        line.Scalar("RequestId").Should().Be("req-123");
        line.Scalar("UserId").Should().Be("user-1");
    }

    [Fact]
    public async Task Request_InsideEndpoint_LinesCarryRequestIdAndUser()
    {
        var client = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/posts/{Guid.NewGuid()}");
        request.Headers.Add("X-Request-ID", "req-456");
        request.Headers.Add("X-Test-User", "user-2");

        using var response = await client.SendAsync(request);

        var inner = await _sink.WaitForAsync(e => e.MessageTemplate.Text == "Loading post {PostId}");
        inner.Scalar("RequestId").Should().Be("req-456");
        inner.Scalar("UserId").Should().Be("user-2");
        inner.Scalar("RoutePattern").Should().Be("/posts/{postId:guid}");
    }

    [Fact]
    public async Task Request_WithQueryString_NeverLogsQueryOrPath()
    {
        var client = await StartAsync();
        var postId = Guid.NewGuid();

        using var response = await client.GetAsync(new Uri($"/posts/{postId}?access_token=leaked-secret&ip=1.2.3.4", UriKind.Relative));

        var line = await RequestLineAsync();
        line.RenderMessage(CultureInfo.InvariantCulture).Should().NotContain(postId.ToString());
        var everything = string.Join('\n', _sink.Events.Select(e => e.RenderMessage(CultureInfo.InvariantCulture)
            + string.Join(',', e.Properties.Select(p => p.Value.ToString()))));
        everything.Should().NotContain("leaked-secret").And.NotContain("access_token").And.NotContain("1.2.3.4");
    }

    [Fact]
    public async Task Request_Anonymous_HasNoUserId()
    {
        var client = await StartAsync();

        using var response = await client.GetAsync(new Uri($"/posts/{Guid.NewGuid()}", UriKind.Relative));

        (await RequestLineAsync()).Properties.Should().NotContainKey("UserId");
    }

    [Fact]
    public async Task Request_UnknownRoute_LogsUnmatched()
    {
        var client = await StartAsync();

        using var response = await client.GetAsync(new Uri("/no/such/route/123", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var line = await RequestLineAsync();
        line.Scalar("RoutePattern").Should().Be("unmatched");
        line.Scalar("StatusCode").Should().Be(404);
        line.Level.Should().Be(LogEventLevel.Information);
    }

    [Fact]
    public async Task Request_SlowerThanThreshold_LogsWarning()
    {
        var client = await StartAsync(slowRequestMs: 50);

        using var response = await client.GetAsync(new Uri("/slow", UriKind.Relative));

        var line = await RequestLineAsync();
        line.Level.Should().Be(LogEventLevel.Warning);
        ((double)line.Scalar("ElapsedMs")!).Should().BeGreaterThan(50);
    }

    [Fact]
    public async Task Request_FasterThanDefaultThreshold_LogsInformation()
    {
        var client = await StartAsync();
        // A cold host's first request pays for compiling the pipeline (over the 1 s threshold on a loaded machine).
        using (await client.GetAsync(new Uri($"/posts/{Guid.NewGuid()}", UriKind.Relative)))
        {
        }

        using var response = await client.GetAsync(new Uri("/slow", UriKind.Relative));

        var line = await _sink.WaitForAsync(e => e.MessageTemplate.Text == RequestLine
            && e.Properties.TryGetValue("RoutePattern", out var route) && route.ToString() == "\"/slow\"");
        line.Level.Should().Be(LogEventLevel.Information);
    }

    [Fact]
    public async Task Request_ServerError_LogsError()
    {
        var client = await StartAsync();

        using var response = await client.GetAsync(new Uri("/unavailable", UriKind.Relative));

        var line = await RequestLineAsync();
        line.Level.Should().Be(LogEventLevel.Error);
        line.Scalar("StatusCode").Should().Be(503);
        line.Scalar("RoutePattern").Should().Be("/unavailable");
    }

    [Fact]
    public async Task Request_UnhandledException_LogsErrorWith500AndRethrows()
    {
        var client = await StartAsync();

        using var response = await client.GetAsync(new Uri("/throw", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var line = await RequestLineAsync();
        line.Level.Should().Be(LogEventLevel.Error);
        line.Scalar("StatusCode").Should().Be(500);
        line.Scalar("RoutePattern").Should().Be("/throw");
    }

    [Fact]
    public async Task Request_ServerErrorAlreadyReported_LogsWarningSoSentryGetsOneEvent()
    {
        var client = await StartAsync();

        using var response = await client.GetAsync(new Uri("/reported", UriKind.Relative));

        var line = await RequestLineAsync();
        line.Level.Should().Be(LogEventLevel.Warning);
        line.Scalar("StatusCode").Should().Be(500);
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private Task<LogEvent> RequestLineAsync() => _sink.WaitForAsync(e => e.MessageTemplate.Text == RequestLine);

    private async Task<HttpClient> StartAsync(int? slowRequestMs = null)
    {
        // as in PageShareLogging: the framework's own request lines (which do print query strings) stay below Warning
        var logger = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .Enrich.With(new PageShare.Infrastructure.Logging.SensitiveDataRedactionEnricher())
            .WriteTo.Sink(_sink)
            .CreateLogger();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        if (slowRequestMs is not null)
        {
            builder.Configuration[RequestLoggingMiddleware.SlowRequestKey] = slowRequestMs.Value.ToString(CultureInfo.InvariantCulture);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        var app = builder.Build();

        // stands in for the lead's request-id middleware, which runs first
        app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue("X-Request-ID", out var id))
            {
                context.TraceIdentifier = id.ToString();
            }

            return next(context);
        });
        app.UseRequestLogging();
        // stands in for authentication, which runs after request logging
        app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue("X-Test-User", out var user))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", user.ToString())], "test"));
            }

            return next(context);
        });
        app.UseRouting();
        app.MapGet("/posts/{postId:guid}", (Guid postId, ILogger<RequestLoggingMiddlewareTests> log) =>
        {
            log.LogInformation("Loading post {PostId}", postId);
            return Results.Ok();
        });
        app.MapGet("/slow", async () =>
        {
            await Task.Delay(150);
            return Results.Ok();
        });
        app.MapGet("/unavailable", () => Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        app.MapGet("/throw", IResult () => throw new InvalidOperationException("boom"));
        app.MapGet("/reported", (HttpContext context) =>
        {
            context.Items[RequestLoggingMiddleware.FailureReportedKey] = true; // as the exception handler does
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        });

        await app.StartAsync();
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
        return _client;
    }
}
