using System.Diagnostics;
using PageShare.Application.Metrics;
using PageShare.WebApi.Logging;

namespace PageShare.WebApi.Middleware;

/// <summary>
/// Feeds <c>GET /metrics/health</c>: each request's latency and status under its route template (the same
/// <c>METHOD /pattern</c> the request log uses), so the number of series stays bounded.
/// </summary>
internal sealed class RequestMetricsMiddleware(RequestDelegate next, IRequestMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        finally
        {
            metrics.Record($"{context.Request.Method} {RequestLoggingMiddleware.RoutePattern(context)}", status, Stopwatch.GetElapsedTime(started));
        }
    }
}
