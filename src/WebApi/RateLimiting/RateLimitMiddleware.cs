using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using PageShare.WebApi.Errors;

namespace PageShare.WebApi.RateLimiting;

/// <summary>
/// ASP.NET Core's fixed-window limiter, partitioned by user (or IP) and by read/write, with the
/// X-RateLimit-* headers of API.md on every limited response and the error envelope plus Retry-After on a 429.
/// Health and docs are not limited.
/// </summary>
internal sealed class RateLimitMiddleware : IDisposable
{
    private readonly RequestDelegate _next;
    private readonly ErrorResponseWriter _writer;
    private readonly RateLimitSettings _settings;
    private readonly TimeProvider _clock;
    private readonly PartitionedRateLimiter<HttpContext> _limiter;
    private readonly PartitionedRateLimiter<HttpContext> _errorReports;

    public RateLimitMiddleware(RequestDelegate next, ErrorResponseWriter writer, RateLimitSettings settings, TimeProvider clock)
    {
        _next = next;
        _writer = writer;
        _settings = settings;
        _clock = clock;
        _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var isWrite = IsWrite(context.Request.Method);
            var permits = isWrite ? settings.WritesPerWindow : settings.ReadsPerWindow;
            return RateLimitPartition.GetFixedWindowLimiter($"{(isWrite ? "w" : "r")}:{PartitionKey(context)}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = settings.Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
        _errorReports = ErrorReportLimiter.Create(settings);
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!_settings.Enabled || path.StartsWithSegments("/health") || path.StartsWithSegments("/swagger") || path.StartsWithSegments("/openapi"))
        {
            await _next(context);
            return;
        }

        var isErrorReport = context.GetEndpoint()?.Metadata.GetMetadata<ErrorReportRateLimit>() is not null;
        var limiter = isErrorReport ? _errorReports : _limiter;
        using var lease = await limiter.AcquireAsync(context, 1, context.RequestAborted);
        var limit = isErrorReport ? _settings.ErrorReportsPerWindow
            : IsWrite(context.Request.Method) ? _settings.WritesPerWindow : _settings.ReadsPerWindow;
        var remaining = limiter.GetStatistics(context)?.CurrentAvailablePermits ?? 0;
        var reset = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : _settings.Window;
        var resetSeconds = Math.Max(1, (int)Math.Ceiling(reset.TotalSeconds));

        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = Math.Max(0, remaining).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = _clock.GetUtcNow().AddSeconds(resetSeconds).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        if (!lease.IsAcquired)
        {
            headers.RetryAfter = resetSeconds.ToString(CultureInfo.InvariantCulture);
            await _writer.WriteAsync(context, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimitExceeded,
                $"Too many requests; retry in {resetSeconds} seconds.");
            return;
        }

        await _next(context);
    }

    public void Dispose()
    {
        _limiter.Dispose();
        _errorReports.Dispose();
    }

    private static bool IsWrite(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));

    // The connection address is already the real client here: forwarded headers are only honoured from trusted proxies.
    private static string PartitionKey(HttpContext context) =>
        context.User.FindFirstValue("sub") is { } userId
            ? $"user:{userId}"
            : $"ip:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
}
