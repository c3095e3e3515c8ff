using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Serilog.Context;

namespace PageShare.WebApi.Logging;

/// <summary>
/// One line per request: method, route pattern, status, elapsed time, with the request id and user
/// id pushed into the log context so every line of the request (and each Sentry event) carries
/// them. Never the query string, headers or client address: they may hold tokens or personal data.
/// </summary>
public sealed class RequestLoggingMiddleware
{
    public const string SlowRequestKey = "SLOW_REQUEST_MS";

    /// <summary><c>HttpContext.Items</c> key: whoever logged this request's failure at Error (the exception handler) sets it.</summary>
    public const string FailureReportedKey = "PageShare.FailureReported";
    internal const string Unmatched = "unmatched";
    private const string Template = "HTTP {RequestMethod} {RoutePattern} responded {StatusCode} in {ElapsedMs} ms";
    private const double DefaultSlowRequestMs = 1000;

    private readonly RequestDelegate _next;
    private readonly ILogger<RequestLoggingMiddleware> _logger;
    private readonly double _slowRequestMs;

    public RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        _next = next;
        _logger = logger;
        _slowRequestMs = double.TryParse(configuration[SlowRequestKey], out var ms) && ms > 0 ? ms : DefaultSlowRequestMs;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var started = Stopwatch.GetTimestamp();
        var enricher = new HttpRequestEnricher(context);
        using (LogContext.Push(enricher))
        {
            var status = 0;
            try
            {
                await _next(context);
                status = context.Response.StatusCode;
            }
            catch
            {
                // the server turns an escaped exception into a 500 unless the response already started
                status = context.Response.HasStarted ? context.Response.StatusCode : StatusCodes.Status500InternalServerError;
                throw;
            }
            finally
            {
                Write(context, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                enricher.Complete();
            }
        }
    }

    private void Write(HttpContext context, int status, double elapsedMs)
    {
        // A failure the exception handler already logged at Error stays one Sentry event: this line is then a Warning.
        var failed = status >= StatusCodes.Status500InternalServerError;
        var reported = context.Items.ContainsKey(FailureReportedKey);
        var level = failed && !reported ? LogLevel.Error
            : failed || elapsedMs > _slowRequestMs ? LogLevel.Warning
            : LogLevel.Information;

        _logger.Log(level, Template, context.Request.Method, RoutePattern(context), status, Math.Round(elapsedMs, 1));
    }

    /// <summary>The template, not the path: bounded cardinality, and no ids or query strings in logs.</summary>
    internal static string RoutePattern(HttpContext context)
    {
        // the exception handler clears the endpoint before re-executing; its feature keeps the original
        var endpoint = context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        var pattern = (endpoint as RouteEndpoint)?.RoutePattern.RawText;
        if (string.IsNullOrEmpty(pattern))
        {
            return Unmatched;
        }

        return pattern.StartsWith('/') ? pattern : "/" + pattern;
    }
}
