using System.Security.Claims;
using Serilog.Core;
using Serilog.Events;

namespace PageShare.WebApi.Logging;

/// <summary>
/// Adds <c>RequestId</c>, <c>UserId</c> (the token's <c>sub</c>) and, once routed, <c>RoutePattern</c> to events logged while a request runs.
/// </summary>
internal sealed class HttpRequestEnricher(HttpContext context) : ILogEventEnricher
{
    public const string UserIdProperty = "UserId";
    public const string RequestIdProperty = "RequestId";
    public const string RoutePatternProperty = "RoutePattern";

    // read once: the request-id middleware has already replaced TraceIdentifier with X-Request-ID
    private readonly LogEventProperty _requestId = new(RequestIdProperty, new ScalarValue(context.TraceIdentifier));
    private volatile bool _completed;

    /// <summary>After the request, work that captured the log context must not touch a recycled HttpContext.</summary>
    public void Complete() => _completed = true;

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        // update, not add-if-absent: ASP.NET Core's hosting log scope carries its own RequestId, captured
        // before the request-id middleware ran, and Microsoft.Extensions.Logging scopes are applied first
        logEvent.AddOrUpdateProperty(_requestId);
        if (_completed)
        {
            return;
        }

        // the user is known only once authentication, later in the pipeline, has run
        var userId = UserId(context.User);
        if (userId is not null)
        {
            logEvent.AddOrUpdateProperty(new LogEventProperty(UserIdProperty, new ScalarValue(userId)));
        }

        // lets an error logged by the exception handler reach Sentry tagged with its route
        var route = RequestLoggingMiddleware.RoutePattern(context);
        if (route != RequestLoggingMiddleware.Unmatched)
        {
            logEvent.AddPropertyIfAbsent(new LogEventProperty(RoutePatternProperty, new ScalarValue(route)));
        }
    }

    internal static string? UserId(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        // "sub" when inbound claim mapping is off; NameIdentifier when a handler maps it
        return user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
    }
}
